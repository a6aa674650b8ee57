package com.guanjia.notifications;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.shared.ConflictException;
import com.guanjia.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL of the outbox: messages are queued here (born PENDING, once per event key),
 * loaded into {@link OutboxEntry} (the due ones locked with
 * {@code for update skip locked} so two delivery runs never take the same message) and
 * saved with a version check, each attempt appended to
 * {@code notification_outbox_attempt}.
 */
@Repository
class OutboxRepository {

	/** Separates a message's arguments in one text of a batch insert. */
	private static final String ARG_SEPARATOR = "\u001f";

	private static final String COLUMNS = """
			id, community_id, channel, recipient_role, recipient_staff_id, recipient_phone, recipient_email,
			  message_key, args, text, status, attempts, next_attempt_at, claimed_at, sent_at, last_error,
			  provider, provider_ref, created_at, version""";

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who a message goes to: a role or staff member for the page, and its address. */
	record Recipient(@Nullable String role, @Nullable Long staffId, @Nullable String phone, @Nullable String email) {
	}

	/** Queues one message, due now; nothing when its event key was queued before. */
	int queue(long communityId, String eventKey, Channel channel, Recipient to, String messageKey, List<String> args,
			String text, Instant now) {
		return jdbc.sql("""
				insert into notification_outbox (community_id, event_key, channel, recipient_role, recipient_staff_id,
				  recipient_phone, recipient_email, message_key, args, text, status, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
				on conflict do nothing""")
			.params(communityId, eventKey, channel.name(), to.role(), to.staffId(), to.phone(), to.email(), messageKey,
					args.toArray(String[]::new), text, utc(now), utc(now))
			.update();
	}

	/** One SMS of a batch: its event key, phone, arguments and text. */
	record QueuedSms(String eventKey, String phone, List<String> args, String text) {
	}

	/**
	 * Queues many SMS of one kind with one statement (a billing run's notices reach
	 * thousands of units); answers how many were new.
	 */
	int queueSms(long communityId, String messageKey, List<QueuedSms> messages, Instant now) {
		if (messages.isEmpty()) {
			return 0;
		}
		String[] keys = messages.stream().map(QueuedSms::eventKey).toArray(String[]::new);
		String[] phones = messages.stream().map(QueuedSms::phone).toArray(String[]::new);
		String[] texts = messages.stream().map(QueuedSms::text).toArray(String[]::new);
		String[] args = messages.stream().map(m -> String.join(ARG_SEPARATOR, m.args())).toArray(String[]::new);
		return jdbc.sql("""
				insert into notification_outbox (community_id, event_key, channel, recipient_phone, message_key, args,
				  text, status, created_at, next_attempt_at)
				select ?, k, 'SMS', p, ?, string_to_array(a, ?), t, 'PENDING', ?, ?
				from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[])) as m(k, p, t, a)
				on conflict do nothing""")
			.params(communityId, messageKey, ARG_SEPARATOR, utc(now), utc(now), keys, phones, texts, args)
			.update();
	}

	/**
	 * Locks up to {@code limit} messages to work on, of one community or of all
	 * ({@code null}): those waiting and due at {@code now}, and those claimed before
	 * {@code staleBefore} whose send never finished. Rows another run holds are skipped.
	 */
	List<OutboxEntry> lockDue(@Nullable Long communityId, Instant now, Instant staleBefore, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from notification_outbox
				where (cast(? as bigint) is null or community_id = ?)
				  and ((status in ('PENDING', 'RETRY', 'THROTTLED') and next_attempt_at <= ?)
				    or (status = 'SENDING' and claimed_at <= ?))
				order by coalesce(next_attempt_at, claimed_at), id
				limit ? for update skip locked""")
			.params(communityId, communityId, utc(now), utc(staleBefore), limit)
			.query(this::map)
			.list();
	}

	/**
	 * When the SMS to a phone counted by the rate limit were sent since {@code since}
	 * (across communities: a resident may own flats in two), oldest first; a send in
	 * progress counts from its claim.
	 */
	List<Instant> smsSentTo(String phone, Instant since) {
		return jdbc.sql("""
				select coalesce(sent_at, claimed_at) from notification_outbox
				where channel = 'SMS' and recipient_phone = ?
				  and ((status in ('SENT', 'LOGGED') and sent_at >= ?) or status = 'SENDING')
				order by 1""").params(phone, utc(since)).query((rs, i) -> rs.getTimestamp(1).toInstant()).list();
	}

	/** A message of the given communities, locked for a change; empty when none. */
	Optional<OutboxEntry> lock(Collection<Long> communityIds, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from notification_outbox where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(this::map)
			.optional();
	}

	/** Saves the entry's state (version-checked) and appends its new attempts. */
	void save(OutboxEntry entry) {
		OutboxEntry.Stored s = entry.stored();
		int updated = jdbc.sql("""
				update notification_outbox set status = ?, attempts = ?, next_attempt_at = ?, claimed_at = ?,
				  sent_at = ?, last_error = ?, provider = ?, provider_ref = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(s.status().name(), s.attempts(), utcOrNull(s.nextAttemptAt()), utcOrNull(s.claimedAt()),
					utcOrNull(s.sentAt()), s.lastError(), s.provider(), s.providerRef(), entry.communityId(),
					entry.id(), s.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		for (OutboxEntry.Attempt a : entry.newAttempts()) {
			jdbc.sql("""
					insert into notification_outbox_attempt (community_id, outbox_id, attempted_at, outcome, provider,
					  detail) values (?, ?, ?, ?, ?, ?)""")
				.params(entry.communityId(), entry.id(), utc(a.at()), a.outcome().name(), a.provider(), a.detail())
				.update();
		}
		entry.saved();
	}

	/** A page of a community's messages, newest first, optionally of one status. */
	ResultPage<OutboxMessage> page(long communityId, @Nullable OutboxStatus status, ResultPage.Request request) {
		String state = status == null ? null : status.name();
		long total = jdbc.sql("""
				select count(*) from notification_outbox
				where community_id = ? and (cast(? as text) is null or status = ?)""")
			.params(communityId, state, state)
			.query(Long.class)
			.single();
		List<OutboxMessage> items = jdbc.sql("select " + COLUMNS + """
				 from notification_outbox where community_id = ? and (cast(? as text) is null or status = ?)
				order by id desc limit ? offset ?""")
			.params(communityId, state, state, request.size(), request.offset())
			.query(this::view)
			.list();
		return new ResultPage<>(items, request.page(), request.size(), total);
	}

	/** A message of the given communities; empty when none. */
	Optional<OutboxMessage> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from notification_outbox where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(this::view)
			.optional();
	}

	/** The attempts to deliver a message, in order. */
	List<OutboxMessage.Attempt> attempts(long communityId, long id) {
		return jdbc.sql("""
				select attempted_at, outcome, provider, detail from notification_outbox_attempt
				where community_id = ? and outbox_id = ? order by id""")
			.params(communityId, id)
			.query((rs, i) -> new OutboxMessage.Attempt(rs.getTimestamp(1).toInstant(),
					OutboxStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * For the metrics, across communities: {@code count} of messages not delivered yet,
	 * {@code oldest} (seconds) of them, {@code failed} messages.
	 */
	Map<String, Number> backlog(Instant now) {
		return jdbc
			.sql("""
					select count(*) filter (where status in ('PENDING', 'SENDING', 'RETRY', 'THROTTLED')) as n,
					  coalesce(extract(epoch from cast(? as timestamptz)
					    - min(created_at) filter (where status in ('PENDING', 'SENDING', 'RETRY', 'THROTTLED'))), 0) as oldest,
					  count(*) filter (where status = 'FAILED') as failed
					from notification_outbox where status in ('PENDING', 'SENDING', 'RETRY', 'THROTTLED', 'FAILED')""")
			.param(utc(now))
			.query((rs, i) -> Map.<String, Number>of("count", rs.getLong("n"), "oldest", rs.getDouble("oldest"),
					"failed", rs.getLong("failed")))
			.single();
	}

	private OutboxEntry map(ResultSet rs, int row) throws SQLException {
		OutgoingMessage message = new OutgoingMessage(rs.getLong("id"), rs.getLong("community_id"),
				Channel.valueOf(rs.getString("channel")), rs.getString("recipient_phone"),
				rs.getString("recipient_email"), rs.getString("message_key"), args(rs), rs.getString("text"));
		return OutboxEntry.restore(new OutboxEntry.Stored(message, instant(rs, "created_at"),
				OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "claimed_at"), instant(rs, "sent_at"), rs.getString("last_error"), rs.getString("provider"),
				rs.getString("provider_ref"), rs.getInt("version")));
	}

	private OutboxMessage view(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getLong("community_id"), Channel.valueOf(rs.getString("channel")),
				OutboxStatus.valueOf(rs.getString("status")), rs.getString("recipient_role"),
				(Long) rs.getObject("recipient_staff_id"), rs.getString("recipient_phone"),
				rs.getString("recipient_email"), rs.getString("text"), rs.getInt("attempts"),
				rs.getString("last_error"), instant(rs, "next_attempt_at"), instant(rs, "sent_at"),
				rs.getString("provider"), rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> args(ResultSet rs) throws SQLException {
		Array array = rs.getArray("args");
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
