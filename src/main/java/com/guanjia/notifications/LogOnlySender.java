package com.guanjia.notifications;

import com.guanjia.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default sender of both channels: writes the message to the application log (phone
 * masked, R1.3) and reports it delivered to the log ({@link OutboxStatus#LOGGED}), so a
 * demo or a test run never sends anything out of the building.
 */
final class LogOnlySender implements MessageSender {

	static final String NAME = "log";

	private static final Logger log = LoggerFactory.getLogger(LogOnlySender.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public SendReceipt send(OutgoingMessage message) throws SendFailure {
		String address = message.address();
		if (address == null) {
			throw SendFailure.permanent("no recipient address");
		}
		String shown = message.channel() == Channel.SMS ? Masking.phone(address) : address;
		log.info("{} #{} to {} (log only, not sent): {}", message.channel(), message.id(), shown, message.text());
		return SendReceipt.logged();
	}

}
