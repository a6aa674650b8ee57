package com.guanjia.movein.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.guanjia.movein.AcceptanceView;
import com.guanjia.movein.HouseAcceptances;
import com.guanjia.movein.HouseAcceptances.ConfirmReadings;
import com.guanjia.movein.HouseAcceptances.Photo;
import com.guanjia.movein.ItemOutcome;
import com.guanjia.movein.MoveInHistoryLine;
import com.guanjia.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * House acceptances as JSON (R8.3): the sheet of a move-in case, item by item with
 * photos, the base readings, defects into work orders, the second acceptance and the
 * owner's signature.
 */
@RestController
@Tag(name = "acceptances", description = "House acceptance of a move-in: rooms × items, defects with photos, "
		+ "base readings, handover-defect work orders, second acceptance, the owner's signature (R8.3)")
class AcceptanceApiController {

	private final HouseAcceptances acceptances;

	AcceptanceApiController(HouseAcceptances acceptances) {
		this.acceptances = acceptances;
	}

	@PostMapping("/api/move-ins/{caseId}/acceptance")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lays out the acceptance sheet of an open move-in case (one per case)")
	AcceptanceView start(@PathVariable long caseId) {
		return acceptances.start(caseId);
	}

	@GetMapping("/api/move-ins/{caseId}/acceptance")
	AcceptanceView ofCase(@PathVariable long caseId) {
		return acceptances.ofCase(caseId).orElseThrow(() -> new NotFoundException("acceptance", caseId));
	}

	@GetMapping("/api/acceptances/{id}")
	AcceptanceView get(@PathVariable long id) {
		return acceptances.get(id);
	}

	@GetMapping("/api/acceptances/{id}/history")
	List<MoveInHistoryLine> history(@PathVariable long id) {
		return acceptances.history(id);
	}

	@PostMapping(path = "/api/acceptances/{id}/items", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "One item of one room as found (PASS, FAIL with a note, NOT_APPLICABLE); a defect's photos "
			+ "(JPEG, PNG or WebP, at most 5 MB each)")
	AcceptanceView record(@PathVariable long id, @RequestParam(required = false) @Nullable String room,
			@RequestParam(required = false) @Nullable Integer position,
			@RequestParam(required = false) @Nullable ItemOutcome outcome,
			@RequestParam(required = false) @Nullable String note,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos) throws IOException {
		return acceptances.record(id, room, position, outcome, note, photos(photos));
	}

	@Schema(name = "AcceptancePassRoomRequest",
			description = "The room whose lines not recorded yet all pass (本房间其余项目合格)")
	record PassRoomRequest(@Schema(description = "A room of the sheet, as in rooms", example = "客厅",
			maxLength = 20) @Nullable String room) {
	}

	@PostMapping("/api/acceptances/{id}/pass-room")
	@Operation(summary = "The rest of one room passes: every line of the room not recorded yet becomes PASS in one "
			+ "step; a line already recorded (a defect, n/a) keeps its outcome. 422 acceptance.illegal when the sheet "
			+ "no longer takes recordings, acceptance.noSuchRoom for a room not on the sheet; a room with nothing "
			+ "left changes nothing")
	AcceptanceView passRoom(@PathVariable long id, @RequestBody PassRoomRequest r) {
		return acceptances.passRest(id, r.room());
	}

	record ReadingsRequest(@Nullable String waterCode, @Nullable BigDecimal water, @Nullable String electricityCode,
			@Nullable BigDecimal electricity, @Nullable String gasCode, @Nullable BigDecimal gas,
			@Nullable String confirmedBy) {
	}

	@PostMapping("/api/acceptances/{id}/readings")
	@Operation(summary = "Water, electricity and gas base readings confirmed with the owner (water and electricity "
			+ "become the meters' base, R7.2)")
	AcceptanceView readings(@PathVariable long id, @RequestBody ReadingsRequest r) {
		return acceptances.recordReadings(id, new ConfirmReadings(r.waterCode(), r.water(), r.electricityCode(),
				r.electricity(), r.gasCode(), r.gas(), r.confirmedBy()));
	}

	@PostMapping("/api/acceptances/{id}/finish")
	@Operation(summary = "Every item checked and the readings confirmed: passed, or defects found")
	AcceptanceView finish(@PathVariable long id) {
		return acceptances.finish(id);
	}

	@PostMapping("/api/acceptances/{id}/order-defects")
	@Operation(summary = "Every open defect becomes a handover-defect work order, in one action")
	AcceptanceView orderDefects(@PathVariable long id) {
		return acceptances.orderDefects(id);
	}

	record BookRequest(@Nullable Instant at) {
	}

	@PostMapping("/api/acceptances/{id}/book-recheck")
	@Operation(summary = "The second acceptance's time agreed with the owner (all defects fixed)")
	AcceptanceView bookRecheck(@PathVariable long id, @RequestBody BookRequest r) {
		return acceptances.bookRecheck(id, r.at());
	}

	record RecheckRequest(@Nullable Map<String, Boolean> found) {
	}

	@PostMapping("/api/acceptances/{id}/recheck")
	@Operation(summary = "The second acceptance: each open defect, keyed \"room#position\", found right (true) or not")
	AcceptanceView recheck(@PathVariable long id, @RequestBody RecheckRequest r) {
		return acceptances.recheck(id, r.found() == null ? Map.of() : r.found());
	}

	@Schema(name = "AcceptanceSignRequest")
	record SignRequest(@Nullable String name, @Nullable String signature) {
	}

	@PostMapping("/api/acceptances/{id}/sign")
	@Operation(summary = "The owner signs the accepted house (a PNG data URL from the signature pad)")
	AcceptanceView sign(@PathVariable long id, @RequestBody SignRequest r) {
		return acceptances.sign(id, r.name(), r.signature());
	}

	static List<Photo> photos(@Nullable List<MultipartFile> photos) throws IOException {
		List<Photo> result = new ArrayList<>();
		if (photos != null) {
			for (MultipartFile f : photos) {
				if (!f.isEmpty()) {
					result.add(new Photo(f.getOriginalFilename(), f.getBytes()));
				}
			}
		}
		return result;
	}

}
