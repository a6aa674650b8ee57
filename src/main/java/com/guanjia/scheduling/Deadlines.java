package com.guanjia.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.guanjia.estate.CommunityDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes and meets the clocks of other modules' work, and checks them.
 * Callers are modules that have already checked their user's scope, so these methods take
 * the community explicitly. Each step loads the subject's {@link DeadlineClock}s, lets
 * those whose state allows it take the step, saves them and publishes their events.
 * Everything runs on the injected {@link Clock}.
 */
@Service
@Transactional
@NamedInterface("api")
public class Deadlines {

	/** At most this many warnings, and as many breaches, per check. */
	static final int BATCH = 500;

	private final DeadlineClockRepository clocks;

	private final DeadlineSettings settings;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deadlines(DeadlineClockRepository clocks, DeadlineSettings settings, CommunityDirectory communities,
			ApplicationEventPublisher events, Clock clock) {
		this.clocks = clocks;
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
		ZoneId zone = communities.timeZone(communityId);
		Instant due = DeadlineCalculator.due(now, zone, rule, calendar);
		if (rule.mode() == CalendarMode.BUSINESS && !rule.endOfDay()) {
			// The warning comes after the same share of working time, not of the nights
			// and weekends between.
			Instant warn = calendar
				.plusWorkingTime(now.atZone(zone),
						Duration.ofMillis((long) Math.floor(rule.allowed().toMillis() * rule.warnShare())))
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
		return clocks
			.insert(DeadlineClock.start(communityId, subject, kind, ruleKey, level, start, due, warn, responsible));
	}

	/**
	 * Stops every running clock of the subject (waiting for the resident);
	 * {@link #resume} restarts them.
	 */
	public void pause(long communityId, Subject subject) {
		step(communityId, subject, null, ClockStep.PAUSE, DeadlineClock::pause);
	}

	/**
	 * Restarts paused clocks, moving their warning and due times by the time spent
	 * paused.
	 */
	public void resume(long communityId, Subject subject) {
		step(communityId, subject, null, ClockStep.RESUME, DeadlineClock::resume);
	}

	/**
	 * The work a clock measures is done: open clocks of that kind stop (late ones stay
	 * marked late).
	 */
	public List<DeadlineView> meet(long communityId, Subject subject, DeadlineKind kind) {
		return step(communityId, subject, kind, ClockStep.MEET, DeadlineClock::meet);
	}

	/** The work was cancelled: its open clocks stop without counting as met or missed. */
	public void cancel(long communityId, Subject subject) {
		step(communityId, subject, null, ClockStep.CANCEL, DeadlineClock::cancel);
	}

	/** Cancels the open clocks of one kind, e.g. an appointment that is re-booked. */
	public void cancel(long communityId, Subject subject, DeadlineKind kind) {
		step(communityId, subject, kind, ClockStep.CANCEL, DeadlineClock::cancel);
	}

	/**
	 * Who answers for the subject's open clocks from now on (after a dispatch or
	 * reassignment).
	 */
	public void reassign(long communityId, Subject subject, @Nullable Long responsibleStaffId) {
		step(communityId, subject, null, ClockStep.REASSIGN, (c, now) -> c.reassign(responsibleStaffId, now));
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> of(long communityId, Subject subject) {
		return clocks.of(communityId, subject);
	}

	DeadlineView get(long communityId, long id) {
		return clocks.get(communityId, id);
	}

	/**
	 * Fires the warnings and breaches that are due by now, at most 500 of each per check.
	 * Clocks are claimed with {@code for update skip locked}, so even two overlapping
	 * checks never fire one twice.
	 */
	public CheckResult check() {
		return check(null);
	}

	/**
	 * The check of {@link #check()} on one community's clocks only: what it fired is what
	 * this community had due, whatever the clocks of other communities say. Tests use it
	 * (issue 15 item 8): they move the shared clock days ahead, and a global check would
	 * fire every other test's clocks too, making results depend on the order of tests.
	 */
	public CheckResult check(long communityId) {
		return check(Long.valueOf(communityId));
	}

	private CheckResult check(@Nullable Long communityId) {
		Instant now = clock.instant();
		List<DeadlineClock> warned = clocks.claimWarnings(communityId, now, BATCH);
		for (DeadlineClock c : warned) {
			c.warn(now);
			commit(c);
		}
		List<DeadlineClock> breached = clocks.claimBreaches(communityId, now, BATCH);
		for (DeadlineClock c : breached) {
			c.breach(now);
			commit(c);
		}
		return new CheckResult(warned.size(), breached.size());
	}

	/**
	 * Takes one step on each of the subject's clocks (of {@code kind}, or all) whose
	 * state allows it; the others are left as they are.
	 */
	private List<DeadlineView> step(long communityId, Subject subject, @Nullable DeadlineKind kind, ClockStep step,
			BiConsumer<DeadlineClock, Instant> action) {
		Instant now = clock.instant();
		List<DeadlineView> changed = new ArrayList<>();
		for (DeadlineClock c : clocks.lockUnfinished(communityId, subject)) {
			if ((kind == null || c.kind() == kind) && c.allows(step, now)) {
				action.accept(c, now);
				commit(c);
				changed.add(c.view());
			}
		}
		return changed;
	}

	/** Saves the clock and publishes its events. */
	private void commit(DeadlineClock c) {
		clocks.save(c);
		c.events().forEach(events::publishEvent);
	}

	public record CheckResult(int warned, int breached) {
	}

	/** What a clock is on: a work order, a reception record, a return visit… */
	@NamedInterface("api")
	public record Subject(String type, long id) {

		public static Subject of(String type, long id) {
			return new Subject(type, id);
		}

	}

}
