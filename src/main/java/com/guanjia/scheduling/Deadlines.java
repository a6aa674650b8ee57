package com.guanjia.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.scheduling.DeadlineEvents.DeadlineBreached;
import com.guanjia.scheduling.DeadlineEvents.DeadlineWarned;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes and meets the clocks of other modules' work, and checks them.
 * Callers are modules that have already checked their user's scope, so these methods take
 * the community explicitly. Everything runs on the injected {@link Clock}.
 */
@Service
@Transactional
public class Deadlines {

	static final String COLUMNS = """
			id, community_id, subject_type, subject_id, kind, rule_key, started_at, due_at, warn_at, state,
			warned_at, breached_at, met_at, responsible_staff_id, level""";

	private final JdbcClient jdbc;

	private final DeadlineSettings settings;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deadlines(JdbcClient jdbc, DeadlineSettings settings, CommunityDirectory communities,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a clock now under the community's rule for {@code ruleKey} (or
	 * {@code defaultRule} when the community has not configured one).
	 */
	public DeadlineView start(long communityId, Subject subject, DeadlineKind kind, String ruleKey,
			DeadlineRule defaultRule, @Nullable Long responsibleStaffId, int level) {
		return startFrom(communityId, subject, kind, ruleKey, defaultRule, clock.instant(), responsibleStaffId, level);
	}

	/**
	 * Starts a clock counted from an earlier (or later) moment, e.g. a leak test (R5.1).
	 */
	public DeadlineView startFrom(long communityId, Subject subject, DeadlineKind kind, String ruleKey,
			DeadlineRule defaultRule, Instant now, @Nullable Long responsibleStaffId, int level) {
		DeadlineRule rule = settings.rule(communityId, ruleKey).orElse(defaultRule);
		BusinessCalendar calendar = rule.mode() == CalendarMode.BUSINESS ? settings.calendar(communityId)
				: BusinessCalendar.STANDARD;
		java.time.ZoneId zone = communities.timeZone(communityId);
		Instant due = DeadlineCalculator.due(now, zone, rule, calendar);
		if (rule.mode() == CalendarMode.BUSINESS && !rule.endOfDay()) {
			// The warning comes after the same share of working time, not of the nights
			// and weekends between.
			Instant warn = calendar
				.plusWorkingTime(now.atZone(zone),
						java.time.Duration.ofMillis((long) Math.floor(rule.allowed().toMillis() * rule.warnShare())))
				.toInstant();
			return insertWithWarning(communityId, subject, kind, ruleKey, now, due, warn, responsibleStaffId, level);
		}
		return insert(communityId, subject, kind, ruleKey, now, due, rule.warnShare(), responsibleStaffId, level);
	}

	/**
	 * Starts a clock that ends at a moment agreed with the resident (an appointment, a
	 * reply time).
	 */
	public DeadlineView startUntil(long communityId, Subject subject, DeadlineKind kind, String ruleKey, Instant due,
			@Nullable Long responsibleStaffId, int level) {
		Instant now = clock.instant();
		double share = settings.rule(communityId, ruleKey)
			.map(DeadlineRule::warnShare)
			.orElse(DeadlineRule.DEFAULT_WARN_SHARE);
		return insert(communityId, subject, kind, ruleKey, now, due.isBefore(now) ? now : due, share,
				responsibleStaffId, level);
	}

	private DeadlineView insert(long communityId, Subject subject, DeadlineKind kind, String ruleKey, Instant start,
			Instant due, double warnShare, @Nullable Long responsible, int level) {
		return insertWithWarning(communityId, subject, kind, ruleKey, start, due,
				DeadlineCalculator.warning(start, due, warnShare), responsible, level);
	}

	private DeadlineView insertWithWarning(long communityId, Subject subject, DeadlineKind kind, String ruleKey,
			Instant start, Instant due, Instant warn, @Nullable Long responsible, int level) {
		return jdbc.sql("""
				insert into deadline (community_id, subject_type, subject_id, kind, rule_key, started_at, due_at,
				  warn_at, state, responsible_staff_id, level)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""" + " returning " + COLUMNS)
			.params(communityId, subject.type(), subject.id(), kind.name(), ruleKey, utc(start), utc(due), utc(warn),
					responsible, level)
			.query(Deadlines::map)
			.single();
	}

	/**
	 * Stops every running clock of the subject (waiting for the resident);
	 * {@link #resume} restarts them.
	 */
	public void pause(long communityId, Subject subject) {
		jdbc.sql("""
				update deadline set state = 'PAUSED', paused_at = ?
				where community_id = ? and subject_type = ? and subject_id = ? and state = 'RUNNING'""")
			.params(utc(clock.instant()), communityId, subject.type(), subject.id())
			.update();
	}

	/**
	 * Restarts paused clocks, moving their warning and due times by the time spent
	 * paused.
	 */
	public void resume(long communityId, Subject subject) {
		jdbc.sql("""
				update deadline set state = 'RUNNING',
				  due_at = due_at + (cast(? as timestamptz) - paused_at),
				  warn_at = warn_at + (cast(? as timestamptz) - paused_at),
				  paused_total_seconds = paused_total_seconds
				    + cast(extract(epoch from (cast(? as timestamptz) - paused_at)) as bigint),
				  paused_at = null
				where community_id = ? and subject_type = ? and subject_id = ? and state = 'PAUSED'""")
			.params(utc(clock.instant()), utc(clock.instant()), utc(clock.instant()), communityId, subject.type(),
					subject.id())
			.update();
	}

	/**
	 * The work a clock measures is done: open clocks of that kind stop (late ones stay
	 * marked late).
	 */
	public List<DeadlineView> meet(long communityId, Subject subject, DeadlineKind kind) {
		return jdbc
			.sql("update deadline set state = case when state = 'BREACHED' then state else 'MET' end, met_at = ?"
					+ " where community_id = ? and subject_type = ? and subject_id = ? and kind = ? and met_at is null"
					+ " and state in ('RUNNING', 'PAUSED', 'BREACHED') returning " + COLUMNS)
			.params(utc(clock.instant()), communityId, subject.type(), subject.id(), kind.name())
			.query(Deadlines::map)
			.list();
	}

	/** The work was cancelled: its open clocks stop without counting as met or missed. */
	public void cancel(long communityId, Subject subject) {
		jdbc.sql("""
				update deadline set state = 'CANCELLED'
				where community_id = ? and subject_type = ? and subject_id = ? and state in ('RUNNING', 'PAUSED')""")
			.params(communityId, subject.type(), subject.id())
			.update();
	}

	/** Cancels the open clocks of one kind, e.g. an appointment that is re-booked. */
	public void cancel(long communityId, Subject subject, DeadlineKind kind) {
		jdbc.sql("""
				update deadline set state = 'CANCELLED' where community_id = ? and subject_type = ? and subject_id = ?
				  and kind = ? and state in ('RUNNING', 'PAUSED')""")
			.params(communityId, subject.type(), subject.id(), kind.name())
			.update();
	}

	/**
	 * Who answers for the subject's open clocks from now on (after a dispatch or
	 * reassignment).
	 */
	public void reassign(long communityId, Subject subject, @Nullable Long responsibleStaffId) {
		jdbc.sql("""
				update deadline set responsible_staff_id = ?
				where community_id = ? and subject_type = ? and subject_id = ? and state in ('RUNNING', 'PAUSED')""")
			.params(responsibleStaffId, communityId, subject.type(), subject.id())
			.update();
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> of(long communityId, Subject subject) {
		return jdbc
			.sql("select " + COLUMNS + " from deadline where community_id = ? and subject_type = ?"
					+ " and subject_id = ? order by id")
			.params(communityId, subject.type(), subject.id())
			.query(Deadlines::map)
			.list();
	}

	DeadlineView get(long communityId, long id) {
		return jdbc.sql("select " + COLUMNS + " from deadline where community_id = ? and id = ?")
			.params(communityId, id)
			.query(Deadlines::map)
			.single();
	}

	/**
	 * Fires the warnings and breaches that are due by now. Rows are claimed with
	 * {@code for update skip locked}, so even two overlapping checks never fire one
	 * twice.
	 */
	public CheckResult check() {
		OffsetDateTime now = utc(clock.instant());
		List<DeadlineView> warned = jdbc.sql("""
				update deadline set warned_at = :now where (community_id, id) in (
				  select community_id, id from deadline
				  where state = 'RUNNING' and warned_at is null and warn_at <= :now and due_at > :now
				  order by warn_at limit 500 for update skip locked)
				""" + " returning " + COLUMNS).param("now", now).query(Deadlines::map).list();
		for (DeadlineView d : warned) {
			events.publishEvent(new DeadlineWarned(d.communityId(), d.id(), d.subjectType(), d.subjectId(), d.kind(),
					d.dueAt(), d.responsibleStaffId()));
		}
		List<DeadlineView> breached = jdbc.sql("""
				update deadline set state = 'BREACHED', breached_at = :now where (community_id, id) in (
				  select community_id, id from deadline where state = 'RUNNING' and due_at <= :now
				  order by due_at limit 500 for update skip locked)
				""" + " returning " + COLUMNS).param("now", now).query(Deadlines::map).list();
		for (DeadlineView d : breached) {
			events.publishEvent(new DeadlineBreached(d.communityId(), d.id(), d.subjectType(), d.subjectId(), d.kind(),
					d.dueAt(), d.responsibleStaffId(), d.level()));
		}
		return new CheckResult(warned.size(), breached.size());
	}

	public record CheckResult(int warned, int breached) {
	}

	/** What a clock is on: a work order, a reception record, a return visit… */
	public record Subject(String type, long id) {

		public static Subject of(String type, long id) {
			return new Subject(type, id);
		}

	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	static DeadlineView map(ResultSet rs, int row) throws SQLException {
		return new DeadlineView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("subject_type"),
				rs.getLong("subject_id"), DeadlineKind.valueOf(rs.getString("kind")), rs.getString("rule_key"),
				instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "warn_at"),
				DeadlineState.valueOf(rs.getString("state")), instant(rs, "warned_at"), instant(rs, "breached_at"),
				instant(rs, "met_at"), (Long) rs.getObject("responsible_staff_id"), rs.getInt("level"));
	}

}
