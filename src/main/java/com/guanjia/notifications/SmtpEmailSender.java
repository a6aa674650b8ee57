package com.guanjia.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends e-mail through an SMTP server with Spring Mail (the server is Spring Boot's
 * {@code spring.mail.*}): plain UTF-8 text, the subject from the sign name. A malformed
 * address is a permanent failure; the server not answering is retried.
 */
final class SmtpEmailSender implements MessageSender {

	static final String NAME = "smtp";

	private final JavaMailSender mail;

	private final String from;

	private final String subject;

	SmtpEmailSender(JavaMailSender mail, String from, String subject) {
		this.mail = mail;
		this.from = from;
		this.subject = subject;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public SendReceipt send(OutgoingMessage message) throws SendFailure {
		if (message.email() == null) {
			throw SendFailure.permanent("no recipient e-mail address");
		}
		MimeMessage mime = mail.createMimeMessage();
		try {
			InternetAddress to = new InternetAddress(message.email(), true);
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(message.text());
		}
		catch (AddressException ex) {
			throw new SendFailure("invalid address: " + ex.getMessage(), true, ex);
		}
		catch (MessagingException ex) {
			throw new SendFailure("cannot compose: " + ex.getMessage(), true, ex);
		}
		try {
			mail.send(mime);
			return SendReceipt.sent(NAME, mime.getMessageID());
		}
		catch (MailAuthenticationException ex) {
			throw new SendFailure("SMTP login refused: " + ex.getMessage(), false, ex);
		}
		catch (MailException | MessagingException ex) {
			throw new SendFailure(ex.getClass().getSimpleName() + ": " + ex.getMessage(), false, ex);
		}
	}

}
