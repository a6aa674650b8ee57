package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.util.List;

import com.guanjia.carpark.CloseShift;
import com.guanjia.carpark.HistoryLine;
import com.guanjia.carpark.ShiftLogView;
import com.guanjia.carpark.ShiftLogs;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shift handover log as JSON (R12.4). */
@RestController
@RequestMapping("/api/carpark/shift-logs")
@Tag(name = "car park: shift log",
		description = "停车场值班交接班登记表: open, hand over with the form's fields, the director signs (R12.4)")
class ShiftApiController {

	private final ShiftLogs logs;

	ShiftApiController(ShiftLogs logs) {
		this.logs = logs;
	}

	@Schema(name = "CarparkOpenRequest") // another class is named OpenRequest
	record OpenRequest(@Nullable Long communityId, @Nullable String shiftName, @Nullable String post) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The shift starts its log; 409 when one is open")
	ShiftLogView open(@RequestBody OpenRequest r) {
		return logs.open(ValidationException.required("communityId", r.communityId()),
				new ShiftLogs.OpenShift(r.shiftName(), r.post(), null));
	}

	@GetMapping
	List<ShiftLogView> recent(@RequestParam long communityId) {
		return logs.recent(communityId);
	}

	@GetMapping("/{id}")
	ShiftLogView get(@PathVariable long id) {
		return logs.get(id);
	}

	@GetMapping("/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return logs.history(id);
	}

	@Schema(name = "CarparkCloseRequest") // another class is named CloseRequest
	record CloseRequest(@Nullable String handedOverBy, @Nullable String takenOverBy, @Nullable String events,
			@Nullable Integer radios, @Nullable Integer keys, @Nullable Integer batons, @Nullable Integer torches,
			@Nullable BigDecimal fees, @Nullable Integer tickets, @Nullable String notes) {
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Hand the shift over; fees that differ from the shift's receipts need a note")
	ShiftLogView close(@PathVariable long id, @RequestBody CloseRequest r) {
		return logs.close(id, new CloseShift(r.handedOverBy(), r.takenOverBy(), r.events(), r.radios(), r.keys(),
				r.batons(), r.torches(), r.fees(), r.tickets(), r.notes()), null);
	}

	@PostMapping("/{id}/sign")
	@Operation(summary = "The director signs (主任签字): the security department's lead or the manager")
	ShiftLogView sign(@PathVariable long id) {
		return logs.sign(id);
	}

}
