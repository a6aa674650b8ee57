package com.guanjia.movein.web;

import java.util.List;

import com.guanjia.movein.ArchiveCheckView;
import com.guanjia.movein.ArchiveChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The archive's completeness as JSON (R1.4, R8.5). */
@RestController
@Tag(name = "archive-checks", description = "What a unit's archive must hold after move-in and custody, and what "
		+ "it lacks (R1.4, R8.5; the quarterly archive review)")
class ArchiveCheckApiController {

	private final ArchiveChecks checks;

	ArchiveCheckApiController(ArchiveChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/api/units/{id}/archive-check")
	@Operation(summary = "The unit's current owners' section: the documents required, present and missing")
	ArchiveCheckView check(@PathVariable long id) {
		return checks.check(id);
	}

	@GetMapping("/api/archive-checks")
	@Operation(summary = "The community's units with a move-in or custody whose archive lacks something")
	List<ArchiveCheckView> incomplete(@RequestParam long communityId) {
		return checks.incomplete(communityId);
	}

}
