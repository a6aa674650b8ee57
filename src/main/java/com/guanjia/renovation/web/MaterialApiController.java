package com.guanjia.renovation.web;

import java.util.List;

import com.guanjia.renovation.MaterialView;
import com.guanjia.renovation.Materials;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renovation materials at the gate as JSON (R9.7): the guard reports a delivery for a
 * unit; the butler lets it in or refuses it.
 */
@RestController
@Tag(name = "renovation materials", description = "Materials entering at the gate (R9.7)")
class MaterialApiController {

	private final Materials materials;

	MaterialApiController(Materials materials) {
		this.materials = materials;
	}

	@Schema(name = "MaterialReportRequest")
	record ReportRequest(@Nullable Long communityId, @Nullable String unitLabel, @Nullable String description,
			@Nullable String carrier) {
	}

	@Schema(name = "MaterialDecisionRequest")
	record DecisionRequest(@Nullable String note, @Nullable String reason) {
	}

	@PostMapping("/api/gate/materials")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The gate reports renovation materials arriving for a unit (REPORT)")
	MaterialView report(@RequestBody ReportRequest r) {
		return materials.report(ValidationException.required("communityId", r.communityId()), r.unitLabel(),
				r.description(), r.carrier());
	}

	@GetMapping("/api/renovations/{id}/materials")
	@Operation(summary = "A renovation's materials reported at the gate")
	List<MaterialView> list(@PathVariable long id) {
		return materials.ofRenovation(id);
	}

	@PostMapping("/api/renovations/{id}/materials/{materialId}/approve")
	@Operation(summary = "Seen on the spot and let in (APPROVE)")
	MaterialView approve(@PathVariable long id, @PathVariable long materialId, @RequestBody DecisionRequest r) {
		return materials.approve(id, materialId, r.note());
	}

	@PostMapping("/api/renovations/{id}/materials/{materialId}/refuse")
	@Operation(summary = "Not let in, with the reason (REFUSE)")
	MaterialView refuse(@PathVariable long id, @PathVariable long materialId, @RequestBody DecisionRequest r) {
		return materials.refuse(id, materialId, r.reason());
	}

}
