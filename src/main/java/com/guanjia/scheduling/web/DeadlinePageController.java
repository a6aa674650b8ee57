package com.guanjia.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.scheduling.BusinessCalendar;
import com.guanjia.scheduling.DeadlineRuleBook;
import com.guanjia.scheduling.DeadlineRuleBook.RuleLine;
import com.guanjia.scheduling.DeadlineSettings;
import com.guanjia.scheduling.DeadlineSettings.DayKind;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's page of deadline rules in words (R3.2, R4.2, R5.1, R2.2) and of the
 * community's business-hours calendar: working hours, public holidays and make-up working
 * days (调休). Supervisors see it; only a manager (DEADLINE_ADMIN) changes it.
 */
@Controller
class DeadlinePageController {

	private final DeadlineRuleBook book;

	private final DeadlineSettings settings;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	private final Clock clock;

	DeadlinePageController(DeadlineRuleBook book, DeadlineSettings settings, CommunityDirectory communities,
			CurrentCommunity current, Messages messages, Clock clock) {
		this.book = book;
		this.settings = settings;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/deadline-settings")
	String page(HttpSession session, Model model) {
		return page(current.id(session), model);
	}

	private String page(long communityId, Model model) {
		model.addAttribute("groups", new RuleWords(messages).groups(book.rules(communityId)));
		BusinessCalendar calendar = settings.calendarOf(communityId);
		LocalDate yearStart = LocalDate.now(clock.withZone(communities.timeZone(communityId))).withDayOfYear(1);
		model.addAttribute("days",
				settings.days(communityId).stream().filter(d -> !d.day().isBefore(yearStart)).toList());
		model.addAttribute("kinds", DayKind.values());
		if (!model.containsAttribute("hoursForm")) {
			model.addAttribute("hoursForm", CalendarForms.Hours.of(calendar));
		}
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new CalendarForms.Day());
		}
		return "scheduling/deadlines";
	}

	@GetMapping("/deadline-settings/rules/{ruleKey}")
	String rule(@PathVariable String ruleKey, HttpSession session, Model model) {
		RuleLine line = book.rule(current.id(session), ruleKey);
		return ruleForm(line, RuleForm.of(line.effective()), model);
	}

	@PostMapping("/deadline-settings/rules/{ruleKey}")
	String saveRule(@PathVariable String ruleKey, @ModelAttribute("form") RuleForm form, BindingResult binding,
			HttpSession session, Model model, RedirectAttributes redirect) {
		long communityId = current.id(session);
		RuleLine line = book.rule(communityId, ruleKey);
		if (binding.hasErrors()) {
			return ruleForm(line, form, model);
		}
		try {
			settings.setRule(communityId, form.toSetting(line.definition()));
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, renamed(ex));
			return ruleForm(line, form, model);
		}
		RuleLine saved = book.rule(communityId, ruleKey);
		redirect.addFlashAttribute("flash", messages.get("deadline.saved", new RuleWords(messages).line(saved).step()));
		return "redirect:/deadline-settings#rule-" + ruleKey;
	}

	@PostMapping("/deadline-settings/rules/{ruleKey}/default")
	String restoreDefault(@PathVariable String ruleKey, HttpSession session, RedirectAttributes redirect) {
		long communityId = current.id(session);
		RuleLine line = book.rule(communityId, ruleKey);
		settings.clearRule(communityId, line.definition().ruleKey());
		redirect.addFlashAttribute("flash",
				messages.get("deadline.restored", new RuleWords(messages).line(line).defaultStep()));
		return "redirect:/deadline-settings#rule-" + ruleKey;
	}

	private String ruleForm(RuleLine line, RuleForm form, Model model) {
		model.addAttribute("line", new RuleWords(messages).line(line));
		model.addAttribute("form", form);
		model.addAttribute("units", RuleForm.Unit.values());
		model.addAttribute("modes", com.guanjia.scheduling.CalendarMode.values());
		return "scheduling/rule";
	}

	@PostMapping("/deadline-settings/hours")
	String hours(@ModelAttribute("hoursForm") CalendarForms.Hours form, BindingResult binding, HttpSession session,
			Model model, RedirectAttributes redirect) {
		long communityId = current.id(session);
		if (binding.hasErrors()) {
			return page(communityId, model);
		}
		try {
			new Problems().required("opens", form.getOpens()).required("closes", form.getCloses()).throwIfAny();
			settings.setWorkingHours(communityId, form.getOpens(), form.getCloses());
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return page(communityId, model);
		}
		redirect.addFlashAttribute("flash", messages.get("calendar.hoursSaved", form.getOpens(), form.getCloses()));
		return "redirect:/deadline-settings#calendar";
	}

	@PostMapping("/deadline-settings/days")
	String addDays(@ModelAttribute("dayForm") CalendarForms.Day form, BindingResult binding, HttpSession session,
			Model model, RedirectAttributes redirect) {
		long communityId = current.id(session);
		if (binding.hasErrors()) {
			return page(communityId, model);
		}
		try {
			settings.setDays(communityId, form.getDay(), form.getTo(), form.getKind(), form.getName());
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return page(communityId, model);
		}
		redirect.addFlashAttribute("flash", messages.get("calendar.daySaved"));
		return "redirect:/deadline-settings#calendar";
	}

	@PostMapping("/deadline-settings/days/{day}/remove")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, HttpSession session,
			RedirectAttributes redirect) {
		settings.setDay(current.id(session), day, null, null);
		redirect.addFlashAttribute("flash", messages.get("calendar.dayRemoved", day));
		return "redirect:/deadline-settings#calendar";
	}

	/** The service names the stored fields; the form asks for them in its own terms. */
	private static ValidationException renamed(ValidationException ex) {
		return new ValidationException(ex.problems().stream().map(p -> switch (p.field()) {
			case "allowedMinutes" -> new FieldProblem("amount", p.code(), p.args());
			case "warnShare" -> new FieldProblem("warnPercent", "validation.range", 1, 100);
			default -> p;
		}).toList());
	}

}
