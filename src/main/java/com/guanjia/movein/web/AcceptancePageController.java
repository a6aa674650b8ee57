package com.guanjia.movein.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.movein.AcceptanceView;
import com.guanjia.movein.HouseAcceptances;
import com.guanjia.movein.HouseAcceptances.ConfirmReadings;
import com.guanjia.movein.ItemOutcome;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The house acceptance on a phone (R8.3): the sheet room by room, a defect's note and
 * photos, the base readings, the defects into work orders, the second acceptance and the
 * owner's signature on the signature pad. The sheet is also the printable form.
 */
@Controller
class AcceptancePageController {

	private final HouseAcceptances acceptances;

	private final CommunityDirectory communities;

	private final Messages messages;

	private final HistoryRows historyRows;

	AcceptancePageController(HouseAcceptances acceptances, CommunityDirectory communities, Messages messages,
			HistoryRows historyRows) {
		this.historyRows = historyRows;
		this.acceptances = acceptances;
		this.communities = communities;
		this.messages = messages;
	}

	@PostMapping("/move-ins/{caseId}/acceptance")
	String start(@PathVariable long caseId, RedirectAttributes redirect) {
		try {
			return "redirect:/acceptances/" + acceptances.start(caseId).id();
		}
		catch (DomainException ex) {
			refused(redirect, ex);
			return "redirect:/move-ins/" + caseId;
		}
	}

	@GetMapping("/acceptances/{id}")
	String show(@PathVariable long id, Model model) {
		AcceptanceView a = acceptances.get(id);
		model.addAttribute("a", a);
		model.addAttribute("outcomes", ItemOutcome.values());
		ZoneId zone = communities.timeZone(a.communityId());
		model.addAttribute("history", historyRows.of(acceptances.history(id), zone));
		model.addAttribute("zone", zone);
		return "movein/acceptance";
	}

	@GetMapping("/acceptances/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		FileStorage.StoredFileContent f = acceptances.file(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.file().contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(f.content());
	}

	@PostMapping("/acceptances/{id}/items")
	String record(@PathVariable long id, @RequestParam(required = false) @Nullable String room,
			@RequestParam(required = false) @Nullable Integer position,
			@RequestParam(required = false) @Nullable ItemOutcome outcome,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			RedirectAttributes redirect) throws IOException {
		try {
			acceptances.record(id, room, position, outcome, note, AcceptanceApiController.photos(photos));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		// The room is Chinese: a raw fragment cannot be written in the Location header.
		return "redirect:/acceptances/" + id
				+ (room == null ? "" : "#room-" + UriUtils.encodeFragment(room, StandardCharsets.UTF_8));
	}

	@PostMapping("/acceptances/{id}/pass-room")
	String passRoom(@PathVariable long id, @RequestParam(required = false) @Nullable String room,
			RedirectAttributes redirect) {
		try {
			acceptances.passRest(id, room);
			redirect.addFlashAttribute("flash", messages.get("movein.done"));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/acceptances/" + id
				+ (room == null ? "" : "#room-" + UriUtils.encodeFragment(room, StandardCharsets.UTF_8));
	}

	@PostMapping("/acceptances/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String waterCode,
			@RequestParam(required = false) @Nullable BigDecimal water,
			@RequestParam(required = false) @Nullable String electricityCode,
			@RequestParam(required = false) @Nullable BigDecimal electricity,
			@RequestParam(required = false) @Nullable String gasCode,
			@RequestParam(required = false) @Nullable BigDecimal gas,
			@RequestParam(required = false) @Nullable String confirmedBy,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime at,
			@RequestParam(required = false) @Nullable List<String> fixed,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String signature, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "readings" -> acceptances.recordReadings(id,
						new ConfirmReadings(waterCode, water, electricityCode, electricity, gasCode, gas, confirmedBy));
				case "finish" -> acceptances.finish(id);
				case "order-defects" -> acceptances.orderDefects(id);
				case "book-recheck" -> acceptances.bookRecheck(id, at == null ? null
						: at.atZone(communities.timeZone(acceptances.get(id).communityId())).toInstant());
				case "recheck" -> {
					Map<String, Boolean> found = new LinkedHashMap<>();
					AcceptanceView a = acceptances.get(id);
					a.items()
						.stream()
						.filter(AcceptanceView.Line::openDefect)
						.forEach(l -> found.put(l.room() + "#" + l.position(),
								fixed != null && fixed.contains(l.room() + "#" + l.position())));
					acceptances.recheck(id, found);
				}
				case "sign" -> acceptances.sign(id, name, signature == null || signature.isBlank() ? "" : signature);
				default -> throw ValidationException.of("action", "validation.invalid");
			}
			redirect.addFlashAttribute("flash", messages.get("movein.done"));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/acceptances/" + id;
	}

	private void refused(RedirectAttributes redirect, DomainException ex) {
		if (ex instanceof NotFoundException) {
			throw ex;
		}
		redirect.addFlashAttribute("error",
				ex instanceof ValidationException v ? messages.describe(v.problems()) : messages.of(ex));
	}

}
