package com.guanjia.access.web;

import java.util.List;

import com.guanjia.access.AuditLog;
import com.guanjia.platform.audit.AuditTrail.AuditEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "Who changed what and when")
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/audit-log")
	@Operation(summary = "The latest audit entries, newest first",
			description = "Entries of the caller's communities (or of the one named); administrators also see "
					+ "entries that belong to no community, such as staff accounts. At most 500.")
	List<AuditEntry> latest(@RequestParam(required = false) Long communityId,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) Integer limit) {
		return log.latest(new AuditLog.Filter(communityId, entityType, entityId, limit));
	}

}
