package com.guanjia.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import com.guanjia.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database with no staff at all, creates the account {@code admin} so someone can
 * sign in: with the password from {@code GUANJIA_ADMIN_PASSWORD} (it must pass the
 * {@link PasswordPolicy}, else the start fails), or a random one written to the log. The
 * demo data, when enabled, runs first and brings its own accounts.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final String configuredPassword;

	FirstAdministrator(JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
			@Value("${guanjia.admin.password:}") String configuredPassword) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from staff").query(Long.class).single() > 0) {
			return;
		}
		String password = configuredPassword;
		if (!password.isBlank()) {
			Problems problems = new Problems();
			PasswordPolicy.standard().check(problems, "password", password, "admin");
			if (!problems.isEmpty()) {
				throw new IllegalStateException("GUANJIA_ADMIN_PASSWORD is refused by the password policy ("
						+ problems.list().get(0).code() + "): at least " + PasswordPolicy.MIN_LENGTH
						+ " characters, not a common password, not one character repeated");
			}
		}
		else {
			byte[] raw = new byte[9];
			new SecureRandom().nextBytes(raw);
			password = HexFormat.of().formatHex(raw);
			log.warn("No staff accounts yet: created 'admin' with the password {} — change it after signing in.",
					password);
		}
		long id = jdbc.sql("""
				insert into staff (username, display_name, password_hash, created_at)
				values ('admin', '系统管理员', ?, ?) on conflict (username) do nothing returning id""")
			.params(passwords.encode(password), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.optional()
			.orElse(0L);
		if (id > 0) {
			jdbc.sql("insert into staff_role (staff_id, role) values (?, 'ADMIN')").param(id).update();
		}
	}

}
