package com.guanjia.scheduling;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum DeadlineState {

	RUNNING, PAUSED, MET, BREACHED, CANCELLED;

	public boolean isOpen() {
		return this == RUNNING || this == PAUSED;
	}

	public String messageKey() {
		return "deadline.state." + name();
	}

}
