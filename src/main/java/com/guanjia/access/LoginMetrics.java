package com.guanjia.access;

import java.time.Duration;
import java.util.Map;

import com.guanjia.platform.metrics.QueryGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login lockouts for the operator (issue 9 item 19): {@code guanjia_login_restricted} is
 * the number of usernames the {@link LoginThrottle} holds back right now (a username and
 * address over their limit, or a username inside its growing delay). A jump means someone
 * is guessing passwords.
 */
@Component
class LoginMetrics implements MeterBinder {

	private final LoginThrottle throttle;

	private final Duration maxAge;

	LoginMetrics(LoginThrottle throttle, @Value("${guanjia.metrics.max-age:10s}") Duration maxAge) {
		this.throttle = throttle;
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		new QueryGauges(maxAge, () -> Map.of("restricted", throttle.restrictedUsernames())).register(registry,
				"guanjia.login.restricted", "Usernames whose logins are held back by the throttle now", "restricted");
	}

}
