package com.guanjia.goods.web;

import java.time.LocalDateTime;
import java.util.List;

import com.guanjia.goods.ConsentMethod;
import com.guanjia.goods.GateCheck;
import com.guanjia.goods.GoodsItem;
import com.guanjia.goods.GoodsPassStatus;
import com.guanjia.goods.GoodsPassView;
import com.guanjia.goods.GoodsPasses;
import com.guanjia.goods.HistoryLine;
import com.guanjia.goods.RequestPass;
import com.guanjia.goods.RequestPass.GiveConsent;
import com.guanjia.goods.RequesterKind;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goods release passes as JSON: the desk writes and confirms, the gate checks and
 * releases (R10.2).
 */
@RestController
@Tag(name = "goods", description = "Goods release passes (物品放行条): the owner's confirmation, the gate's release (R10.2)")
class GoodsPassApiController {

	private final GoodsPasses passes;

	GoodsPassApiController(GoodsPasses passes) {
		this.passes = passes;
	}

	@Schema(name = "GoodsPassRequest")
	record PassRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable RequesterKind requesterKind,
			@Nullable Long requesterPartyId, @Nullable String requesterIdCard, @Nullable String requesterName,
			@Nullable List<@Nullable GoodsItem> goods, @Nullable String plate, @Nullable LocalDateTime validFrom,
			@Nullable LocalDateTime validUntil, @Nullable ConsentRequest consent) {
	}

	@Schema(name = "GoodsConsentRequest")
	record ConsentRequest(@Nullable ConsentMethod method, @Nullable Long ownerPartyId, @Nullable LocalDateTime at,
			@Nullable String note) {

		GiveConsent toCommand() {
			return new GiveConsent(method, ownerPartyId, at, note);
		}

	}

	@Schema(name = "GoodsReasonRequest")
	record ReasonRequest(@Nullable String reason) {
	}

	@Schema(name = "GoodsReleaseRequest")
	record ReleaseRequest(@Nullable String note) {
	}

	@GetMapping("/api/goods-passes")
	@Operation(summary = "The community's latest passes, newest first, of one status as of now")
	List<GoodsPassView> list(@RequestParam long communityId,
			@RequestParam(required = false) @Nullable GoodsPassStatus status,
			@RequestParam(required = false) @Nullable Long unitId) {
		return passes.list(communityId, status, unitId);
	}

	@PostMapping("/api/goods-passes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Writes a pass for a unit's owner, tenant or a named worker: what leaves, the plate, the "
			+ "valid time; with the owner's consent it is approved at once")
	GoodsPassView request(@RequestBody PassRequest r) {
		return passes.request(ValidationException.required("communityId", r.communityId()),
				new RequestPass(r.unitId(), r.requesterKind(), r.requesterPartyId(), r.requesterIdCard(),
						r.requesterName(), r.goods(), r.plate(), r.validFrom(), r.validUntil(),
						r.consent() == null ? null : r.consent().toCommand()));
	}

	@GetMapping("/api/goods-passes/{id}")
	GoodsPassView get(@PathVariable long id) {
		return passes.get(id);
	}

	@GetMapping("/api/goods-passes/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return passes.history(id);
	}

	@PostMapping("/api/goods-passes/{id}/confirm")
	@Operation(summary = "Records the owner's confirmation (in person, a call with its time, a signature); "
			+ "a tenant's or worker's pass without it is refused (422)")
	GoodsPassView confirm(@PathVariable long id, @RequestBody ConsentRequest r) {
		return passes.confirm(id, r.toCommand());
	}

	@PostMapping("/api/goods-passes/{id}/cancel")
	GoodsPassView cancel(@PathVariable long id, @RequestBody ReasonRequest r) {
		return passes.cancel(id, r.reason());
	}

	@GetMapping("/api/goods-passes/gate-check")
	@Operation(summary = "The gate: the pass of a scanned or typed number and why the goods may not leave on it now")
	GateCheck check(@RequestParam long communityId, @RequestParam(required = false) @Nullable String passNo) {
		return passes.check(communityId, passNo);
	}

	@PostMapping("/api/goods-passes/{id}/release")
	@Operation(summary = "The gate lets the goods out; a pass not confirmed, used, expired, cancelled or not yet "
			+ "valid is refused (422)")
	GoodsPassView release(@PathVariable long id, @RequestBody(required = false) @Nullable ReleaseRequest r) {
		return passes.release(id, r == null ? null : r.note());
	}

	@PostMapping("/api/goods-passes/{id}/refuse")
	@Operation(summary = "The gate refuses the goods and records why; the pass stays as it is")
	GoodsPassView refuse(@PathVariable long id, @RequestBody ReasonRequest r) {
		return passes.refuse(id, r.reason());
	}

}
