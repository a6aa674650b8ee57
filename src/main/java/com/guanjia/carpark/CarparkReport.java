package com.guanjia.carpark;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.shared.Money;

/**
 * The car park's report for a period (issue 14 item 9): entries and exits by hour of the
 * day (peak staffing, seed 001 item 10 "车辆进出高峰段"), occupancy hour by hour on the last day
 * and now, fees by day and payment method with the free exits by reason, and the held
 * vehicles.
 */
public record CarparkReport(LocalDate from, LocalDate to, List<Hour> hours, List<Occupancy> occupancy, Inside insideNow,
		int spaces, List<DayFees> fees, List<FreeExits> free, List<HeldView> held) {

	/** Entries and exits that happened in this hour of the day, over the period. */
	public record Hour(int hour, int entries, int exits) {
	}

	/** Vehicles inside at the end of an hour of the period's last day. */
	public record Occupancy(int hour, int inside) {
	}

	public record Inside(int visitors, int cardHolders, int held) {

		public int total() {
			return visitors + cardHolders + held;
		}

	}

	/** Fees of a day by method: how many receipts and how much (voided ones left out). */
	public record DayFees(LocalDate day, PaymentMethod method, int receipts, Money amount) {
	}

	/** Free exits of a day by reason. */
	public record FreeExits(LocalDate day, FreeReason reason, int exits) {
	}

	public int totalEntries() {
		return hours.stream().mapToInt(Hour::entries).sum();
	}

	public int totalExits() {
		return hours.stream().mapToInt(Hour::exits).sum();
	}

	public Money totalFees() {
		return fees.stream().map(DayFees::amount).reduce(Money.ZERO, Money::plus);
	}

	/** The busiest hour of entries and exits together (the peak to staff). */
	public int peakHour() {
		return hours.stream()
			.max((a, b) -> Integer.compare(a.entries() + a.exits(), b.entries() + b.exits()))
			.map(Hour::hour)
			.orElse(0);
	}

}
