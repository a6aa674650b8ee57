package com.guanjia.access;

import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How long a throttled login waits, in words of the reader's language: seconds under a
 * minute, else whole minutes (rounded up).
 */
public final class LoginWait {

	private LoginWait() {
	}

	public static MessageSourceResolvable of(Duration wait) {
		long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
		if (seconds < 60) {
			return new DefaultMessageSourceResolvable(new String[] { "login.wait.seconds" }, new Object[] { seconds });
		}
		return new DefaultMessageSourceResolvable(new String[] { "login.wait.minutes" },
				new Object[] { (seconds + 59) / 60 });
	}

}
