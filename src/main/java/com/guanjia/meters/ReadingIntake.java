package com.guanjia.meters;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records a monthly reading inside the caller's transaction (R7.1, R7.2): against the
 * meter's last accepted value, once per month, checked with the community's thresholds
 * (and a custodial unit's limit), held back when abnormal.
 */
@Component
class ReadingIntake {

	private final MeterReadingRepository readings;

	private final MeterRepository meters;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReadingIntake(MeterReadingRepository readings, MeterRepository meters, UnitManagement units,
			CommunityDirectory communities, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.readings = readings;
		this.meters = meters;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	MeterReading record(MeterView meter, ReadingCommand c, String source, @Nullable String note) {
		long communityId = meter.communityId();
		LocalDate period = c.period().atDay(1);
		BigDecimal previous = readings.previousValue(communityId, meter.id(), period)
			.orElseThrow(() -> ValidationException.of("meterCode", "reading.noBase", meter.code()));
		if (readings.hasMonth(communityId, meter.id(), c.period())) {
			throw new ConflictException("reading.duplicate", meter.code(), c.period());
		}
		MeterSettings settings = settings(communityId);
		ReadingCheck.@Nullable Replacement replacement = c.isReplacement()
				? new ReadingCheck.Replacement(c.replacedFinal(), c.replacedInitial()) : null;
		ReadingCheck check = ReadingCheck.of(previous, c.reading(), replacement,
				readings.history(communityId, meter.id(), period, settings.historyMonths()), settings.spikeFactor(),
				custodialLimit(meter, settings, period));
		MeterReading reading = MeterReading.monthly(meter, c.period(), c.reading(), previous, replacement, check,
				entered(communityId, source, c.readOn(), note));
		readings.insert(reading);
		audit.record(communityId, "meter-reading", reading.id(), "record", meter.code() + " " + c.period() + " "
				+ c.reading() + (check.hold() == null ? "" : " held " + check.hold()));
		reading.events().forEach(events::publishEvent);
		return reading;
	}

	MeterReading.Entered entered(long communityId, String source, @Nullable LocalDate readOn, @Nullable String note) {
		LocalDate day = readOn == null ? LocalDate.now(clock.withZone(communities.timeZone(communityId))) : readOn;
		return new MeterReading.Entered(source, day, scope.actor(), clock.instant(), note);
	}

	MeterSettings settings(long communityId) {
		return meters.settings(communityId).orElse(MeterSettings.DEFAULTS);
	}

	/**
	 * What a custodial unit's meter may still use this month (R7.2): the limit of its
	 * kind per month, or, counted over the custody period, the limit less what the months
	 * of the period before this one used. Others (and gas) have no limit. A unit whose
	 * custody start is unknown (put in custody before it was kept) is counted per month.
	 */
	private @Nullable BigDecimal custodialLimit(MeterView meter, MeterSettings settings, LocalDate period) {
		Long unitId = meter.unitId();
		boolean custodial = unitId != null && units.find(UnitId.of(meter.communityId(), unitId))
			.map(u -> u.state() == UnitState.CUSTODIAL)
			.orElse(false);
		BigDecimal limit = custodial ? settings.custodialLimit(meter.kind()) : null;
		if (limit == null || unitId == null || settings.custodialBasis() == CustodialBasis.MONTH) {
			return limit;
		}
		return meters.custodySince(meter.communityId(), unitId)
			.map(since -> limit
				.subtract(readings.usedBetween(meter.communityId(), meter.id(), since.withDayOfMonth(1), period))
				.max(BigDecimal.ZERO))
			.orElse(limit);
	}

}
