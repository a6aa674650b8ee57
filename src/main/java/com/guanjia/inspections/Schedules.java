package com.guanjia.inspections;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import com.guanjia.access.StaffManagement;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules of rounds as data per community (R11.1, R11.2, R11.5, R11.6): e.g. the daily
 * patrol twice a day, the corridor check on Tuesday and Wednesday, public facilities on
 * Thursday, vacant units and the comprehensive inspection monthly. The recurring job
 * turns them into rounds ({@link RoundPlanner}).
 */
@Service
@Transactional
@NamedInterface("api")
public class Schedules {

	/** A new schedule; {@code windows} as "08:00-12:00,14:00-18:00". */
	@NamedInterface("api")
	public record NewSchedule(@Nullable String name, @Nullable RoundKind kind, @Nullable Long routeId,
			@Nullable Recurrence recurrence, @Nullable Set<DayOfWeek> days, @Nullable Integer dayOfMonth,
			@Nullable String windows, @Nullable Long assigneeStaffId) {
	}

	private final ScheduleRepository schedules;

	private final SetupRepository setup;

	private final CommunityScope scope;

	private final StaffManagement staff;

	private final AuditTrail audit;

	Schedules(ScheduleRepository schedules, SetupRepository setup, CommunityScope scope, AuditTrail audit,
			StaffManagement staff) {
		this.staff = staff;
		this.schedules = schedules;
		this.setup = setup;
		this.scope = scope;
		this.audit = audit;
	}

	public ScheduleView create(long communityId, NewSchedule c) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		Problems p = new Problems().text("name", c.name(), 50)
			.required("kind", c.kind())
			.required("recurrence", c.recurrence());
		boolean vacant = c.kind() == RoundKind.VACANT_UNIT;
		if (!vacant) {
			p.check(c.routeId() != null && setup.route(List.of(communityId), c.routeId()).isPresent(), "routeId",
					"inspection.route.unknown");
		}
		List<TimeWindow> windows = TimeWindow.parse(c.windows());
		if (c.recurrence() != null) {
			switch (c.recurrence()) {
				case DAILY -> p.check(windows != null, "windows", "inspection.schedule.windows");
				case WEEKLY -> p.check(windows != null, "windows", "inspection.schedule.windows")
					.check(c.days() != null && !c.days().isEmpty(), "days", "inspection.schedule.days");
				case MONTHLY -> p.check(c.dayOfMonth() != null && c.dayOfMonth() >= 1 && c.dayOfMonth() <= 28,
						"dayOfMonth", "inspection.schedule.dayOfMonth");
			}
			p.check(!vacant || c.recurrence() == Recurrence.MONTHLY, "recurrence", "inspection.schedule.vacantMonthly");
		}
		p.check(c.assigneeStaffId() == null
				|| staff.staffOf(communityId, null, null).stream().anyMatch(s -> s.id() == c.assigneeStaffId()),
				"assigneeStaffId", "inspection.staff.unknown");
		p.throwIfAny();
		boolean monthly = c.recurrence() == Recurrence.MONTHLY;
		long id = schedules.insert(communityId, c.name().strip(), c.kind(), vacant ? null : c.routeId(),
				vacant ? ChecklistDefaults.VACANT_UNIT : null, c.recurrence(),
				c.recurrence() == Recurrence.WEEKLY ? c.days() : Set.of(), monthly ? c.dayOfMonth() : null,
				monthly || windows == null ? List.of() : windows, c.assigneeStaffId());
		audit.record(communityId, "inspection_schedule", id, "create", c.name().strip());
		return get(id);
	}

	public ScheduleView setActive(long scheduleId, boolean active) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		ScheduleView s = get(scheduleId);
		schedules.setActive(s.communityId(), s.id(), active);
		audit.record(s.communityId(), "inspection_schedule", s.id(), active ? "activate" : "deactivate", s.name());
		return get(scheduleId);
	}

	@Transactional(readOnly = true)
	public List<ScheduleView> list(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return schedules.list(communityId, false);
	}

	/** A schedule the caller may see, or 404. */
	@Transactional(readOnly = true)
	public ScheduleView get(long scheduleId) {
		scope.require(Permission.INSPECTION_READ);
		return schedules.find(scope.allowedIds(), scheduleId)
			.orElseThrow(() -> new NotFoundException("schedule", scheduleId));
	}

}
