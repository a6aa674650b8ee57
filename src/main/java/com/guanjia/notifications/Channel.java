package com.guanjia.notifications;

/** How an outbox message leaves the building. */
public enum Channel {

	/**
	 * A text message through the SMS provider, signed 【管家】 (or the configured sign name).
	 */
	SMS,
	/**
	 * An e-mail through the SMTP server, for a message that carries an address (staff
	 * have no e-mail address in Guanjia, so no listener queues e-mail today).
	 */
	EMAIL

}
