package com.guanjia.notifications;

/**
 * The sender of each channel, as configured (both log-only unless a provider is set up).
 */
record MessageSenders(MessageSender sms, MessageSender email) {

	MessageSender of(Channel channel) {
		return switch (channel) {
			case SMS -> sms;
			case EMAIL -> email;
		};
	}

}
