package com.guanjia.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.guanjia.scheduling.BusinessCalendar;
import com.guanjia.scheduling.CalendarMode;
import com.guanjia.scheduling.DeadlineRuleBook;
import com.guanjia.scheduling.DeadlineSettings;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A community's deadline rules and business-hours calendar as JSON (manager). */
@RestController
@RequestMapping("/api")
@Tag(name = "deadlines", description = "Deadline rules per community and kind; working hours, holidays, make-up days")
class DeadlineSettingsApiController {

	private final DeadlineSettings settings;

	private final DeadlineRuleBook book;

	DeadlineSettingsApiController(DeadlineSettings settings, DeadlineRuleBook book) {
		this.settings = settings;
		this.book = book;
	}

	/**
	 * A rule in force: the community's own setting or the module's default
	 * ({@code custom}), and whether that default is the company's own choice rather than
	 * a number from the source documents ({@code companyChoice}).
	 */
	record RuleInForce(String ruleKey, long allowedMinutes, boolean endOfDay, CalendarMode mode, double warnShare,
			boolean custom, boolean companyChoice, long defaultMinutes) {
	}

	/** Every rule in force for the community, defaults included (issue 10 item 12). */
	@GetMapping("/deadline-rules")
	List<RuleInForce> rules(@RequestParam long communityId) {
		return book.rules(communityId)
			.stream()
			.map(l -> new RuleInForce(l.definition().ruleKey(), l.effective().allowed().toMinutes(),
					l.effective().endOfDay(), l.effective().mode(), l.effective().warnShare(), l.custom(),
					l.definition().companyChoice(), l.definition().rule().allowed().toMinutes()))
			.toList();
	}

	@PutMapping("/deadline-rules")
	DeadlineSettings.RuleSetting setRule(@RequestParam long communityId,
			@RequestBody DeadlineSettings.RuleSetting rule) {
		return settings.setRule(communityId, rule);
	}

	record Hours(@Nullable LocalTime opens, @Nullable LocalTime closes) {
	}

	@GetMapping("/business-calendar")
	BusinessCalendar calendar(@RequestParam long communityId) {
		return settings.calendarOf(communityId);
	}

	@PutMapping("/business-calendar/hours")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void hours(@RequestParam long communityId, @RequestBody Hours hours) {
		if (hours.opens() == null || hours.closes() == null) {
			throw ValidationException.of(hours.opens() == null ? "opens" : "closes", "validation.required");
		}
		settings.setWorkingHours(communityId, hours.opens(), hours.closes());
	}

	/** The schema name in the OpenAPI document (the car park's tariff has a Day). */
	@Schema(name = "CalendarDay")
	record Day(@Nullable LocalDate day, DeadlineSettings.@Nullable DayKind kind, @Nullable String name) {
	}

	@PutMapping("/business-calendar/days")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void day(@RequestParam long communityId, @RequestBody Day day) {
		if (day.day() == null) {
			throw ValidationException.of("day", "validation.required");
		}
		settings.setDay(communityId, day.day(), day.kind(), day.name());
	}

}
