package com.guanjia.notifications;

/**
 * A message a sender could not deliver. A permanent failure (an invalid phone number, a
 * template the provider does not know, no address at all) is not tried again; any other
 * (the provider's server error, a time-out, the provider's own flow control) is retried
 * with backoff.
 */
class SendFailure extends Exception {

	private final boolean permanent;

	SendFailure(String message, boolean permanent) {
		super(message);
		this.permanent = permanent;
	}

	SendFailure(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	static SendFailure permanent(String message) {
		return new SendFailure(message, true);
	}

	static SendFailure temporary(String message) {
		return new SendFailure(message, false);
	}

	boolean permanent() {
		return permanent;
	}

}
