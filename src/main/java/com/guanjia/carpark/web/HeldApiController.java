package com.guanjia.carpark.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.guanjia.carpark.DocumentKind;
import com.guanjia.carpark.HeldVehicles;
import com.guanjia.carpark.HeldView;
import com.guanjia.carpark.HistoryLine;
import com.guanjia.carpark.ReleaseVehicle;
import com.guanjia.cashier.PaymentMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Held vehicles as JSON (R12.3, R12.5): copies kept, the police, the release. */
@RestController
@RequestMapping("/api/carpark/held")
@Tag(name = "car park: held vehicles",
		description = "The shift lead checks the owner's documents, keeps copies and a signed statement, releases (R12.3)")
class HeldApiController {

	private final HeldVehicles held;

	HeldApiController(HeldVehicles held) {
		this.held = held;
	}

	@GetMapping
	List<HeldView> open(@RequestParam long communityId) {
		return held.open(communityId);
	}

	@GetMapping("/{id}")
	HeldView get(@PathVariable long id) {
		return held.get(id);
	}

	@GetMapping("/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return held.history(id);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Keep a copy (vehicle licence, ID card, the signed statement): a JPEG, PNG, WebP or PDF")
	HeldView addDocument(@PathVariable long id, @RequestParam(required = false) @Nullable DocumentKind kind,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return held.addDocument(id, kind,
				file == null ? null : new HeldVehicles.DocumentUpload(file.getOriginalFilename(), file.getBytes()));
	}

	@PostMapping("/{id}/statement")
	@Operation(summary = "The owner's written statement signed on the signature pad (signature: a PNG data URL)")
	HeldView sign(@PathVariable long id, @RequestBody HeldVehicles.SignStatement r) {
		return held.signStatement(id, r);
	}

	@GetMapping("/{id}/documents/{fileId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
		return Files.inline(held.document(id, fileId));
	}

	record PoliceRequest(@Nullable String note) {
	}

	@PostMapping("/{id}/police")
	@Operation(summary = "The police were called")
	HeldView police(@PathVariable long id, @RequestBody PoliceRequest r) {
		return held.callPolice(id, r.note());
	}

	record ReleaseRequest(@Nullable String ownerName, @Nullable Boolean driverIsOwner, @Schema(
			description = "The pass (出入证) taken back; required when the entry handed one") @Nullable Boolean passReturned,
			@Nullable PaymentMethod method, @Nullable BigDecimal tendered, @Nullable String requestKey) {
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "The shift lead releases it after the three copies, taking the fee as a visitor's")
	HeldView release(@PathVariable long id, @RequestBody ReleaseRequest r) {
		return held.release(id, new ReleaseVehicle(r.ownerName(), Boolean.TRUE.equals(r.driverIsOwner()),
				Boolean.TRUE.equals(r.passReturned()), r.method(), r.tendered(), r.requestKey()));
	}

}
