package com.guanjia.carpark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.guanjia.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A community's parking tariff (R12.1 "charge by duration", issue 14 item 4), held as
 * data: the numbers are the company's, approved under the document
 * {@code approvalReference} names (seed 000 names the local one:
 * 中价〔20**〕65号《中山市机动车停放服务收费管理规定》).
 * <p>
 * How a stay is charged, in the community's zone:
 * <ol>
 * <li>a stay of at most {@code freeMinutes} is free (停放时间不足以收费, seed 001 item 6); a
 * longer one is charged from its entry, the free minutes included;</li>
 * <li>the stay is cut into periods from the entry: the first is
 * {@code firstPeriodMinutes} long, every further one {@code periodMinutes}; a period is
 * charged when it starts before the exit (a stay of exactly one first period pays the
 * first period only);</li>
 * <li>a period is charged by the moment it starts: inside the night window
 * {@code [nightStart, nightEnd)} (which may run over midnight) at {@code nightPeriodFee},
 * otherwise the first period at {@code firstPeriodFee} and the others at
 * {@code periodFee};</li>
 * <li>each calendar day's periods (the day the period starts, midnight in the community's
 * zone) add up to at most {@code dailyCap}.</li>
 * </ol>
 * Pure: no clock, no database; {@code TariffTests} checks every boundary by hand.
 */
@NamedInterface("api")
public record Tariff(long id, long communityId, Instant effectiveFrom, int freeMinutes, int firstPeriodMinutes,
		Money firstPeriodFee, int periodMinutes, Money periodFee, @Nullable Money dailyCap,
		@Nullable LocalTime nightStart, @Nullable LocalTime nightEnd, @Nullable Money nightPeriodFee,
		Money monthlyCardFee, String approvalReference) {

	/** What one calendar day of a stay costs: its periods, before and after the cap. */
	@Schema(name = "CarparkDay") // another class is named Day
	public record Day(LocalDate day, int dayPeriods, int nightPeriods, Money beforeCap, Money charged) {

		public boolean capped() {
			return charged.compareTo(beforeCap) < 0;
		}

	}

	/** What a stay costs; {@code tooShort} when it is within the free minutes. */
	public record Charge(Duration duration, Money amount, boolean tooShort, List<Day> days) {

		public long minutes() {
			return duration.toMinutes();
		}

	}

	public boolean hasNightRate() {
		return nightStart != null && nightEnd != null && nightPeriodFee != null;
	}

	/** What a stay from {@code entry} to {@code exit} costs. */
	public Charge charge(Instant entry, Instant exit, ZoneId zone) {
		Duration stay = Duration.between(entry, exit);
		if (stay.isNegative() || stay.compareTo(Duration.ofMinutes(freeMinutes)) <= 0) {
			return new Charge(stay.isNegative() ? Duration.ZERO : stay, Money.ZERO, true, List.of());
		}
		Map<LocalDate, long[]> periods = new TreeMap<>();
		Map<LocalDate, Money> fees = new TreeMap<>();
		Instant start = entry;
		boolean first = true;
		while (start.isBefore(exit)) {
			ZonedDateTime local = start.atZone(zone);
			boolean night = isNight(local.toLocalTime());
			Money fee = night ? nightPeriodFee : first ? firstPeriodFee : periodFee;
			LocalDate day = local.toLocalDate();
			periods.computeIfAbsent(day, d -> new long[2])[night ? 1 : 0]++;
			fees.merge(day, fee, Money::plus);
			start = start.plus(Duration.ofMinutes(first ? firstPeriodMinutes : periodMinutes));
			first = false;
		}
		List<Day> days = new ArrayList<>();
		Money total = Money.ZERO;
		for (var e : fees.entrySet()) {
			Money charged = dailyCap == null ? e.getValue() : e.getValue().min(dailyCap);
			long[] count = periods.get(e.getKey());
			days.add(new Day(e.getKey(), (int) count[0], (int) count[1], e.getValue(), charged));
			total = total.plus(charged);
		}
		return new Charge(stay, total, false, List.copyOf(days));
	}

	/** Whether a period starting at this local time is charged at the night rate. */
	boolean isNight(LocalTime time) {
		if (!hasNightRate()) {
			return false;
		}
		if (nightStart.isBefore(nightEnd)) {
			return !time.isBefore(nightStart) && time.isBefore(nightEnd);
		}
		return !time.isBefore(nightStart) || time.isBefore(nightEnd);
	}

}
