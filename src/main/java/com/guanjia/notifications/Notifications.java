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

import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.notifications.OutboxRepository.Recipient;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Role;
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
 * Writes in-app notifications and queues outbox messages (from listeners, once per event
 * key however often an event is redelivered) and reads the signed-in user's inbox:
 * messages to them and to their roles in their communities. The outbox is delivered by
 * {@link OutboxDelivery}; supervisors read it through {@link MessageOutbox}.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final MessageSource messages;

	private final Clock clock;

	private final OutboxRepository outbox;

	private final StaffManagement staff;

	private final String signName;

	Notifications(JdbcClient jdbc, CommunityScope scope, MessageSource messages, Clock clock, OutboxRepository outbox,
			StaffManagement staff, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.messages = messages;
		this.clock = clock;
		this.outbox = outbox;
		this.staff = staff;
		this.signName = properties.sms().signName();
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

	/**
	 * Queues an SMS (or e-mail) in Chinese, the residents' and staff's language, due now.
	 * Without a phone it goes to the mobiles of the staff member or of every enabled
	 * staff member with the role in the community, one message each (event key
	 * {@code key:staffId}); when none of them has a mobile, one message to the role or
	 * person without an address is queued, and the delivery job marks it failed, so the
	 * outbox page shows that it could not go out.
	 */
	void queue(long communityId, String eventKey, String channel, @Nullable String role, @Nullable Long staffId,
			@Nullable String phone, String messageKey, String... args) {
		Channel ch = Channel.valueOf(channel);
		List<String> values = resolve(args);
		String text = text(ch, messageKey, values);
		if (phone != null || (role == null && staffId == null)) {
			outbox.queue(communityId, eventKey, ch, new Recipient(role, staffId, phone, null), messageKey, values, text,
					clock.instant());
			return;
		}
		List<StaffView> reached = recipients(communityId, role, staffId).stream()
			.filter(s -> s.phone() != null && !s.phone().isBlank())
			.toList();
		if (reached.isEmpty()) {
			outbox.queue(communityId, eventKey, ch, new Recipient(role, staffId, null, null), messageKey, values, text,
					clock.instant());
		}
		for (StaffView s : reached) {
			outbox.queue(communityId, eventKey + ":" + s.id(), ch, new Recipient(role, s.id(), s.phone(), null),
					messageKey, values, text, clock.instant());
		}
	}

	/**
	 * Queues an e-mail to an address in Chinese, due now. Staff and residents have no
	 * e-mail address in Guanjia, so only a message that carries its address goes by
	 * e-mail.
	 */
	void queueEmail(long communityId, String eventKey, String email, String messageKey, String... args) {
		List<String> values = resolve(args);
		outbox.queue(communityId, eventKey, Channel.EMAIL, new Recipient(null, null, null, email), messageKey, values,
				text(Channel.EMAIL, messageKey, values), clock.instant());
	}

	private List<StaffView> recipients(long communityId, @Nullable String role, @Nullable Long staffId) {
		Role r = role == null ? null
				: Arrays.stream(Role.values()).filter(x -> x.name().equals(role)).findFirst().orElse(null);
		if (role != null && r == null) {
			return List.of();
		}
		return staff.recipients(communityId, r, staffId);
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
		List<OutboxRepository.QueuedSms> queued = messages.stream().map(m -> {
			List<String> values = resolve(m.args());
			return new OutboxRepository.QueuedSms(m.eventKey(), m.phone(), values,
					text(Channel.SMS, messageKey, values));
		}).toList();
		return outbox.queueSms(communityId, messageKey, queued, clock.instant());
	}

	/** Arguments with '#' message keys replaced by their Chinese words. */
	private List<String> resolve(String[] args) {
		return Arrays.stream(args)
			.map(a -> a != null && a.startsWith("#")
					? messages.getMessage(a.substring(1), null, a, Locale.SIMPLIFIED_CHINESE) : String.valueOf(a))
			.toList();
	}

	/**
	 * The whole text as the recipient reads it; an SMS starts with the sign name, 【管家】.
	 */
	private String text(Channel channel, String messageKey, List<String> values) {
		String text = messages.getMessage(messageKey, values.toArray(), messageKey, Locale.SIMPLIFIED_CHINESE);
		return channel == Channel.SMS ? "【" + signName + "】" + text : text;
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
