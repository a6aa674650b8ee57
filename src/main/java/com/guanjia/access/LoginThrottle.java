package com.guanjia.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts login attempts in PostgreSQL by the rules of {@link LoginLimits}, so every
 * instance counts the same ones (issue 9 items 7 and 8).
 * <p>
 * An attempt is counted <em>before</em> its password is checked, in one short transaction
 * that locks the counting rows ({@code INSERT … ON CONFLICT DO UPDATE} takes the row lock
 * and returns the row): parallel guesses queue on the row, each sees the count the one
 * before it left, and the one over the limit is refused without a password check,
 * whatever the timing. A refused attempt counts nothing. A success gives the attempt back
 * ({@link #succeeded}); a failure leaves it counted.
 */
@Component
class LoginThrottle {

	/** What the throttle says to an attempt: go ahead, or wait this long. */
	record Verdict(@Nullable Duration retryAfter) {

		boolean allowed() {
			return retryAfter == null;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final LoginLimits limits;

	LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${guanjia.login.max-failures:5}") int perPair,
			@Value("${guanjia.login.lock-minutes:15}") int window,
			@Value("${guanjia.login.max-attempts-per-address:100}") int perAddress,
			@Value("${guanjia.login.free-attempts-per-username:10}") int freePerUsername,
			@Value("${guanjia.login.max-delay-minutes:15}") int maxDelay) {
		this.jdbc = jdbc;
		this.clock = clock;
		// Its own transaction, committed before the password is checked, whatever the
		// caller.
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.limits = new LoginLimits(perPair, perAddress, Duration.ofMinutes(window), freePerUsername,
				Duration.ofSeconds(1), Duration.ofMinutes(maxDelay), Duration.ofHours(24), Duration.ofDays(30));
	}

	/**
	 * Counts an attempt of {@code username} from {@code address}, or refuses it (and
	 * counts nothing) when one of the limits is reached.
	 */
	Verdict admit(String username, String address) {
		String user = key(username);
		String ip = address(address);
		return transactions.execute(status -> {
			Instant now = clock.instant();
			Pair pair = lockPair(user, ip, now);
			LoginLimits.Window nextPair = limits.count(pair.window(), now);
			if (nextPair.attempts() > limits.perPair()) {
				return refuse(limits.reopens(pair.window()), now);
			}
			LoginLimits.Window byAddress = lockAddress(ip, now);
			LoginLimits.Window nextByAddress = limits.count(byAddress, now);
			if (nextByAddress.attempts() > limits.perAddress()) {
				return refuse(limits.reopens(byAddress), now);
			}
			LoginLimits.Pace nextPace = null;
			if (!limits.known(pair.lastSuccess(), now)) {
				LoginLimits.Pace pace = lockPace(user, now);
				Instant wait = limits.mustWaitUntil(pace, now);
				if (wait != null) {
					return refuse(wait, now);
				}
				nextPace = limits.pace(pace, now);
			}
			jdbc.sql(
					"update login_attempt_pair set attempts = ?, window_start = ? where username = ? and client_ip = ?")
				.params(nextPair.attempts(), SqlTime.utc(nextPair.start()), user, ip)
				.update();
			jdbc.sql("update login_attempt_address set attempts = ?, window_start = ? where client_ip = ?")
				.params(nextByAddress.attempts(), SqlTime.utc(nextByAddress.start()), ip)
				.update();
			if (nextPace != null) {
				jdbc.sql("""
						update login_attempt_user set attempts = ?, last_attempt_at = ?, next_attempt_at = ?
						where username = ?""")
					.params(nextPace.attempts(), SqlTime.utc(nextPace.last()), SqlTime.utc(nextPace.next()), user)
					.update();
			}
			return new Verdict(null);
		});
	}

	/**
	 * The attempt was the right password: the username's counts start again, the address
	 * gets its attempt back and is known to the account from now on.
	 */
	void succeeded(String username, String address) {
		String user = key(username);
		String ip = address(address);
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update login_attempt_pair set attempts = 0, last_success_at = ?
					where username = ? and client_ip = ?""").params(SqlTime.utc(now), user, ip).update();
			jdbc.sql("update login_attempt_address set attempts = greatest(attempts - 1, 0) where client_ip = ?")
				.param(ip)
				.update();
			jdbc.sql("delete from login_attempt_user where username = ?").param(user).update();
		});
	}

	/**
	 * Lifts every restriction of a username, from any address (an administrator unlocks
	 * the account).
	 */
	void unlock(String username) {
		String user = key(username);
		jdbc.sql("update login_attempt_pair set attempts = 0 where username = ?").param(user).update();
		jdbc.sql("delete from login_attempt_user where username = ?").param(user).update();
	}

	/**
	 * Until when some logins of the username are refused: an address that reached its
	 * limit, or a delay of the username; empty when none is.
	 */
	Optional<Instant> restrictedUntil(String username) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select max(t) as until from (
				  select window_start + make_interval(secs => :window) as t from login_attempt_pair
				  where username = :u and attempts >= :perPair and window_start > :opened
				  union all
				  select next_attempt_at from login_attempt_user
				  where username = :u and next_attempt_at > :now and last_attempt_at > :forgotten) r""")
			.param("u", key(username))
			.param("window", limits.window().toSeconds())
			.param("perPair", limits.perPair())
			.param("opened", SqlTime.utc(now.minus(limits.window())))
			.param("now", SqlTime.utc(now))
			.param("forgotten", SqlTime.utc(now.minus(limits.forgetAfter())))
			.query((rs, i) -> Optional.ofNullable(SqlTime.instant(rs, "until")))
			.single();
	}

	/**
	 * How many usernames have a login restriction now (for the operator's gauge of login
	 * lockouts).
	 */
	long restrictedUsernames() {
		Instant now = clock.instant();
		return jdbc.sql("""
				select count(distinct username) from (
				  select username from login_attempt_pair where attempts >= :perPair and window_start > :opened
				  union all
				  select username from login_attempt_user where next_attempt_at > :now) r""")
			.param("perPair", limits.perPair())
			.param("opened", SqlTime.utc(now.minus(limits.window())))
			.param("now", SqlTime.utc(now))
			.query(Long.class)
			.single();
	}

	private record Pair(LoginLimits.Window window, @Nullable Instant lastSuccess) {
	}

	/** The counting row of the pair, created empty if new, locked until commit. */
	private Pair lockPair(String user, String ip, Instant now) {
		return jdbc.sql("""
				insert into login_attempt_pair as p (username, client_ip, attempts, window_start) values (?, ?, 0, ?)
				on conflict (username, client_ip) do update set attempts = p.attempts
				returning attempts, window_start, last_success_at""")
			.params(user, ip, SqlTime.utc(now))
			.query((rs, i) -> new Pair(new LoginLimits.Window(rs.getInt("attempts"), instant(rs, "window_start")),
					SqlTime.instant(rs, "last_success_at")))
			.single();
	}

	private LoginLimits.Window lockAddress(String ip, Instant now) {
		return jdbc.sql("""
				insert into login_attempt_address as a (client_ip, attempts, window_start) values (?, 0, ?)
				on conflict (client_ip) do update set attempts = a.attempts
				returning attempts, window_start""")
			.params(ip, SqlTime.utc(now))
			.query((rs, i) -> new LoginLimits.Window(rs.getInt("attempts"), instant(rs, "window_start")))
			.single();
	}

	private LoginLimits.Pace lockPace(String user, Instant now) {
		return jdbc.sql("""
				insert into login_attempt_user as u (username, attempts, last_attempt_at, next_attempt_at)
				values (?, 0, ?, ?)
				on conflict (username) do update set attempts = u.attempts
				returning attempts, last_attempt_at, next_attempt_at""")
			.params(user, SqlTime.utc(now), SqlTime.utc(now))
			.query((rs, i) -> new LoginLimits.Pace(rs.getInt("attempts"), instant(rs, "last_attempt_at"),
					instant(rs, "next_attempt_at")))
			.single();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return Objects.requireNonNull(SqlTime.instant(rs, column));
	}

	private static Verdict refuse(Instant until, Instant now) {
		Duration wait = Duration.between(now, until);
		return new Verdict(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
	}

	static String key(@Nullable String username) {
		String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return u.length() > 50 ? u.substring(0, 50) : u;
	}

	private static String address(@Nullable String address) {
		String a = address == null ? "" : address.strip();
		return a.length() > 45 ? a.substring(0, 45) : a;
	}

}
