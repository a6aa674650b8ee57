package com.guanjia.archive.web;

import com.guanjia.archive.UnitEventView;
import com.guanjia.platform.web.Messages;

import org.springframework.stereotype.Component;

/**
 * Renders a log line in the reader's language: its kind's message filled with its
 * arguments.
 */
@Component("archiveEventText")
public class EventText {

	private final Messages messages;

	EventText(Messages messages) {
		this.messages = messages;
	}

	public String summary(UnitEventView e) {
		Object[] args = e.args().stream().map(a -> a.startsWith("#") ? messages.get(a.substring(1)) : a).toArray();
		return messages.get("archive.event." + e.kind().name(), args);
	}

}
