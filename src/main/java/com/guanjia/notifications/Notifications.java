package com.guanjia.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes in-app notifications and outbox messages (from listeners, once per event key
 * however often an event is redelivered) and reads the signed-in user's inbox: messages
 * to them and to their roles in their communities.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final MessageSource messages;

	private final Clock clock;

	Notifications(JdbcClient jdbc, CommunityScope scope, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * To a staff member or to everyone with a role in the community; args starting with
	 * '#' are message keys.
	 */
	void notify(long communityId, String eventKey, @Nullable Long staffId, @Nullable String role, String messageKey,
			@Nullable String link, String... args) {
		jdbc.sql(
				"""
						insert into notification (community_id, event_key, recipient_staff_id, recipient_role, message_key, args,
						  link, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(communityId, eventKey, staffId, role, messageKey, args, link, now())
			.update();
	}

	/** Queues an SMS (or e-mail) in Chinese, the residents' and staff's language. */
	void queue(long communityId, String eventKey, String channel, @Nullable String role, @Nullable Long staffId,
			@Nullable String phone, String messageKey, String... args) {
		String text = render(messageKey, args, Locale.SIMPLIFIED_CHINESE);
		jdbc.sql("""
				insert into notification_outbox (community_id, event_key, channel, recipient_role, recipient_staff_id,
				  recipient_phone, text, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
				on conflict do nothing""")
			.params(communityId, eventKey, channel, role, staffId, phone, text, now())
			.update();
	}

	/**
	 * One SMS to a phone: its event key (one message per key, however often the event
	 * comes) and text arguments.
	 */
	record Sms(String eventKey, String phone, String... args) {
	}

	/**
	 * Queues many SMS of one kind in Chinese with one statement (a billing run's notices
	 * reach thousands of units); answers how many were new.
	 */
	int queueAll(long communityId, String messageKey, List<Sms> messages) {
		if (messages.isEmpty()) {
			return 0;
		}
		String[] keys = messages.stream().map(Sms::eventKey).toArray(String[]::new);
		String[] phones = messages.stream().map(Sms::phone).toArray(String[]::new);
		String[] texts = messages.stream()
			.map(m -> render(messageKey, m.args(), Locale.SIMPLIFIED_CHINESE))
			.toArray(String[]::new);
		return jdbc
			.sql("""
					insert into notification_outbox (community_id, event_key, channel, recipient_phone, text, status,
					  created_at)
					select ?, k, 'SMS', p, t, 'PENDING', ? from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]))
					  as m(k, p, t)
					on conflict do nothing""")
			.params(communityId, now(), keys, phones, texts)
			.update();
	}

	/** A message rendered in Chinese, for texts other listeners put together. */
	String chinese(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

	@Transactional(readOnly = true)
	public List<NotificationView> inbox(boolean unreadOnly, int limit) {
		String[] roles = roles();
		return jdbc.sql("""
				select id, community_id, message_key, args, link, created_at, read_at from notification
				where community_id = any(?) and (recipient_staff_id = ? or recipient_role = any(?))
				  and (? = false or read_at is null)
				order by id desc limit ?""")
			.params(scope.allowedIds().toArray(Long[]::new), scope.staffId(), roles, unreadOnly, limit)
			.query(this::map)
			.list();
	}

	@Transactional(readOnly = true)
	public long unread() {
		return jdbc.sql("""
				select count(*) from notification where community_id = any(?)
				  and (recipient_staff_id = ? or recipient_role = any(?)) and read_at is null""")
			.params(scope.allowedIds().toArray(Long[]::new), scope.staffId(), roles())
			.query(Long.class)
			.single();
	}

	public void markRead(long id) {
		int updated = jdbc.sql("""
				update notification set read_at = coalesce(read_at, ?) where community_id = any(?) and id = ?
				  and (recipient_staff_id = ? or recipient_role = any(?))""")
			.params(now(), scope.allowedIds().toArray(Long[]::new), id, scope.staffId(), roles())
			.update();
		if (updated == 0) {
			throw new NotFoundException("notification", id);
		}
	}

	/**
	 * Messages waiting for delivery in a community (for the manager and the future
	 * delivery job).
	 */
	@Transactional(readOnly = true)
	public List<OutboxMessage> outbox(long communityId) {
		scope.require(Permission.DEADLINE_ADMIN);
		scope.require(communityId);
		return jdbc.sql("""
				select id, community_id, channel, recipient_role, recipient_staff_id, recipient_phone, text, status,
				  created_at from notification_outbox where community_id = ? order by id desc limit 200""")
			.param(communityId)
			.query((rs, i) -> new OutboxMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}

	private String[] roles() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof StaffUser user) {
			return user.roles().stream().map(Enum::name).toArray(String[]::new);
		}
		return new String[0];
	}

	private NotificationView map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("args");
		String[] args = array == null ? new String[0] : (String[]) array.getArray();
		var read = rs.getTimestamp("read_at");
		return new NotificationView(rs.getLong("id"), rs.getLong("community_id"),
				render(rs.getString("message_key"), args, LocaleContextHolder.getLocale()), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
	}

	private String render(String key, String[] args, Locale locale) {
		Object[] resolved = Arrays.stream(args)
			.map(a -> a != null && a.startsWith("#") ? messages.getMessage(a.substring(1), null, a, locale) : a)
			.toArray();
		return messages.getMessage(key, resolved, key, locale);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
