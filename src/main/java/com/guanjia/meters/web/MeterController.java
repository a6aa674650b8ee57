package com.guanjia.meters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.meters.MeterCommand;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.meters.MeterView;
import com.guanjia.meters.ReadingCommand;
import com.guanjia.meters.ReadingStatus;
import com.guanjia.meters.ReadingView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meter readings (R7): the month's readings, entry by hand or .xlsx, the re-check of held
 * ones; and as JSON.
 */
@Controller
@Tag(name = "meters", description = "Meters and monthly readings (R7)")
class MeterController {

	private final MeterManagement meters;

	private final CurrentCommunity current;

	private final Messages messages;

	MeterController(MeterManagement meters, CurrentCommunity current, Messages messages) {
		this.meters = meters;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/meters")
	String page(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) ReadingStatus status,
			HttpSession session, Model model) {
		long c = current.id(session);
		YearMonth m = month == null ? meters.thisMonth(c) : month;
		model.addAttribute("month", m);
		model.addAttribute("status", status);
		model.addAttribute("readings", meters.readings(c, m, status));
		model.addAttribute("held", meters.readings(c, null, ReadingStatus.HELD));
		return "meters/readings";
	}

	@PostMapping("/meters/readings")
	String record(@RequestParam YearMonth month, @RequestParam String meterCode,
			@RequestParam(required = false) BigDecimal reading,
			@RequestParam(required = false) BigDecimal replacedFinal,
			@RequestParam(required = false) BigDecimal replacedInitial, HttpSession session,
			RedirectAttributes redirect) {
		return act(month, redirect, () -> {
			ReadingView r = meters.record(current.id(session),
					new ReadingCommand(meterCode, month, reading, null, replacedFinal, replacedInitial));
			return r.holdReason() == null ? messages.get("reading.saved", r.meterCode(), r.consumption())
					: messages.get("reading.heldSaved", r.meterCode(), messages.get(r.holdReason().messageKey()));
		});
	}

	@PostMapping("/meters/import")
	String importSheet(@RequestParam YearMonth month, @RequestParam MultipartFile file, HttpSession session,
			RedirectAttributes redirect) {
		return act(month, redirect, () -> {
			try {
				List<ReadingView> rows = meters.importSheet(current.id(session), month, file.getInputStream());
				long held = rows.stream().filter(r -> r.holdReason() != null).count();
				return messages.get("reading.imported", rows.size(), held);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/meters/readings/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam int version, @RequestParam String note,
			@RequestParam YearMonth month, RedirectAttributes redirect) {
		return act(month, redirect, () -> {
			meters.confirm(id, version, note);
			return messages.get("reading.confirmed");
		});
	}

	@PostMapping("/meters/readings/{id}/correct")
	String correct(@PathVariable long id, @RequestParam int version, @RequestParam String meterCode,
			@RequestParam YearMonth period, @RequestParam(required = false) BigDecimal reading,
			@RequestParam(required = false) String note, @RequestParam YearMonth month, RedirectAttributes redirect) {
		return act(month, redirect, () -> {
			ReadingView r = meters.correct(id, version,
					new ReadingCommand(meterCode, period, reading, null, null, null), note == null ? "" : note);
			return messages.get("reading.saved", r.meterCode(), r.consumption());
		});
	}

	private String act(YearMonth month, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flash", action.get());
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/meters?month=" + month;
	}

	// --- JSON

	@GetMapping("/api/meters")
	@ResponseBody
	List<MeterView> meters(@RequestParam long communityId, @RequestParam(required = false) Long unitId) {
		return meters.meters(communityId, unitId);
	}

	@GetMapping("/api/meters/{id}")
	@ResponseBody
	@Operation(summary = "A meter of the caller's communities: kind, code and the unit or building it measures")
	MeterView meter(@PathVariable long id) {
		return meters.meter(id);
	}

	@GetMapping("/api/meter-settings")
	@ResponseBody
	com.guanjia.meters.MeterSettings settings(@RequestParam long communityId) {
		return meters.settings(communityId);
	}

	/**
	 * The spike factor and months of history of the reading check, and the custodial
	 * limits (R7.1, R7.2).
	 */
	@org.springframework.web.bind.annotation.PutMapping("/api/meter-settings")
	@ResponseBody
	com.guanjia.meters.MeterSettings changeSettings(@RequestParam long communityId,
			@RequestBody com.guanjia.meters.MeterSettings settings) {
		return meters.changeSettings(communityId, settings);
	}

	record MeterRequest(long communityId, @Nullable MeterKind kind, @Nullable String code, @Nullable Long unitId,
			@Nullable Long buildingId) {
	}

	@PostMapping("/api/meters")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	MeterView register(@RequestBody MeterRequest r) {
		return meters.register(r.communityId(), new MeterCommand(r.kind(), r.code(), r.unitId(), r.buildingId()));
	}

	record BaseRequest(@Nullable BigDecimal reading, @Nullable LocalDate readOn, @Nullable String ownerName) {
	}

	/** The base reading at move-in, confirmed with the owner (R7.2). */
	@PostMapping("/api/meters/{id}/base-reading")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	ReadingView base(@PathVariable long id, @RequestBody BaseRequest r) {
		return meters.recordBase(id, r.reading(), r.readOn(), r.ownerName() == null ? "" : r.ownerName());
	}

	record ReadingRequest(long communityId, @Nullable String meterCode, @Nullable YearMonth period,
			@Nullable BigDecimal reading, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate readOn,
			@Nullable BigDecimal replacedFinal, @Nullable BigDecimal replacedInitial) {
	}

	@PostMapping("/api/meter-readings")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	ReadingView reading(@RequestBody ReadingRequest r) {
		return meters.record(r.communityId(), new ReadingCommand(r.meterCode(), r.period(), r.reading(), r.readOn(),
				r.replacedFinal(), r.replacedInitial()));
	}

	@GetMapping("/api/meter-readings")
	@ResponseBody
	List<ReadingView> readings(@RequestParam long communityId, @RequestParam(required = false) YearMonth month,
			@RequestParam(required = false) ReadingStatus status) {
		return meters.readings(communityId, month, status);
	}

}
