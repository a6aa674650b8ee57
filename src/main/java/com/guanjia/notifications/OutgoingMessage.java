package com.guanjia.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message as a sender sees it: where it goes, its kind and arguments (for an SMS
 * template) and its whole text (for the log and e-mail).
 */
record OutgoingMessage(long id, long communityId, Channel channel, @Nullable String phone, @Nullable String email,
		@Nullable String messageKey, List<String> args, String text) {

	/** The address for the channel, {@code null} when the message has none. */
	@Nullable String address() {
		return channel == Channel.SMS ? phone : email;
	}

}
