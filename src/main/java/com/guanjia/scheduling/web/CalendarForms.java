package com.guanjia.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;

import com.guanjia.scheduling.BusinessCalendar;
import com.guanjia.scheduling.DeadlineSettings.DayKind;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the business-hours calendar: working hours, and holidays or make-up days
 * to add.
 */
public final class CalendarForms {

	private CalendarForms() {
	}

	public static class Hours {

		@DateTimeFormat(pattern = "HH:mm")
		private @Nullable LocalTime opens;

		@DateTimeFormat(pattern = "HH:mm")
		private @Nullable LocalTime closes;

		static Hours of(BusinessCalendar calendar) {
			Hours h = new Hours();
			h.opens = calendar.opens();
			h.closes = calendar.closes();
			return h;
		}

		public @Nullable LocalTime getOpens() {
			return opens;
		}

		public void setOpens(@Nullable LocalTime opens) {
			this.opens = opens;
		}

		public @Nullable LocalTime getCloses() {
			return closes;
		}

		public void setCloses(@Nullable LocalTime closes) {
			this.closes = closes;
		}

	}

	/**
	 * One day, or a run of days ({@code to} given), marked as holidays or make-up working
	 * days.
	 */
	public static class Day {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate day;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate to;

		private @Nullable DayKind kind = DayKind.HOLIDAY;

		private @Nullable String name;

		public @Nullable LocalDate getDay() {
			return day;
		}

		public void setDay(@Nullable LocalDate day) {
			this.day = day;
		}

		public @Nullable LocalDate getTo() {
			return to;
		}

		public void setTo(@Nullable LocalDate to) {
			this.to = to;
		}

		public @Nullable DayKind getKind() {
			return kind;
		}

		public void setKind(@Nullable DayKind kind) {
			this.kind = kind;
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

	}

}
