package com.guanjia.desk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.desk.Channel;
import com.guanjia.desk.ReceptionDesk;
import com.guanjia.desk.ReceptionView;
import com.guanjia.desk.RecordVisit;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderKind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The reception log as JSON (R2). */
@RestController
@RequestMapping("/api/reception-records")
@Tag(name = "reception", description = "Visits and calls: record, handle, reply, archive, make a work order (R2)")
class DeskApiController {

	private final ReceptionDesk desk;

	DeskApiController(ReceptionDesk desk) {
		this.desk = desk;
	}

	record RecordRequest(@Nullable Long communityId, @Nullable Channel channel, @Nullable Long partyId,
			@Nullable String callerName, @Nullable String callerPhone, @Nullable Long unitId, @Nullable String question,
			@Nullable String result, @Nullable Boolean answeredOnTheSpot, @Nullable String requestKey,
			@Nullable Instant receivedAt) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ReceptionView record(@RequestBody RecordRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return desk.record(ValidationException.required("communityId", r.communityId()),
				new RecordVisit(r.channel(), r.partyId(), r.callerName(), r.callerPhone(), r.unitId(), r.question(),
						r.result(), Boolean.TRUE.equals(r.answeredOnTheSpot()), key != null ? key : r.requestKey(),
						r.receivedAt()));
	}

	@GetMapping
	List<ReceptionView> day(@RequestParam long communityId, @RequestParam(required = false) @Nullable LocalDate date) {
		return desk.day(communityId, date == null ? desk.today(communityId) : date);
	}

	@GetMapping("/queue")
	List<ReceptionView> queue(@RequestParam long communityId, @RequestParam(defaultValue = "true") boolean mineOnly) {
		return desk.queue(communityId, mineOnly);
	}

	@GetMapping("/{id}")
	ReceptionView get(@PathVariable long id) {
		return desk.get(id);
	}

	record HandleRequest(@Nullable String handler, @Nullable Instant agreedReplyAt) {
	}

	@PostMapping("/{id}/handling")
	ReceptionView handle(@PathVariable long id, @RequestBody HandleRequest r) {
		return desk.handle(id, r.handler(), r.agreedReplyAt());
	}

	record ReplyRequest(@Nullable String reply) {
	}

	@PostMapping("/{id}/reply")
	ReceptionView reply(@PathVariable long id, @RequestBody ReplyRequest r) {
		return desk.reply(id, r.reply());
	}

	@PostMapping("/{id}/archive")
	ReceptionView archive(@PathVariable long id) {
		return desk.archive(id);
	}

	record OrderRequest(@Nullable WorkOrderKind kind, @Nullable String category, @Nullable Severity severity,
			@Nullable Boolean immediate, @Nullable String convenientTime) {
	}

	@PostMapping("/{id}/work-order")
	ReceptionView toWorkOrder(@PathVariable long id, @RequestBody OrderRequest r) {
		return desk.toWorkOrder(id, r.kind(), r.category(), r.severity(), Boolean.TRUE.equals(r.immediate()),
				r.convenientTime());
	}

}
