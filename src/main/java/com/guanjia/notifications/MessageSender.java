package com.guanjia.notifications;

/**
 * Hands a message to a provider: the SMS provider's SDK, an SMTP server, or the log.
 * Called by the delivery job outside any transaction; a sender never touches the
 * database. It answers a receipt or throws {@link SendFailure}, permanent or not.
 */
interface MessageSender {

	/**
	 * The provider's name recorded with each attempt: {@code aliyun}, {@code smtp},
	 * {@code log}.
	 */
	String name();

	SendReceipt send(OutgoingMessage message) throws SendFailure;

}
