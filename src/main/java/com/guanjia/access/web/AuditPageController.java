package com.guanjia.access.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.guanjia.access.AuditLog;
import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail.AuditEntry;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log viewer: who changed what and when, filtered live with htmx (AUDIT_READ).
 */
@Controller
class AuditPageController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private final AuditLog log;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final StaffManagement staff;

	private final AuditDetails details;

	AuditPageController(AuditLog log, CommunityDirectory communities, CommunityScope scope, StaffManagement staff,
			AuditDetails details) {
		this.details = details;
		this.log = log;
		this.communities = communities;
		this.scope = scope;
		this.staff = staff;
	}

	/**
	 * An entry as the page shows it: the time in its community's zone, who by name (null
	 * for the system or an unknown account), the community's name and, for records that
	 * have a page, a link to it.
	 */
	record Row(AuditEntry entry, String date, String time, @Nullable String actorName, @Nullable String community,
			@Nullable String link, @Nullable String detail) {

		static Row of(AuditEntry entry, ZoneId zone, @Nullable String actorName, @Nullable String community,
				@Nullable String detail) {
			ZonedDateTime at = entry.occurredAt().atZone(zone);
			return new Row(entry, DATE.format(at), TIME.format(at), actorName, community, linkTo(entry), detail);
		}

	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) Long communityId, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, HttpServletRequest request, Model model) {
		AuditLog.Filter filter = new AuditLog.Filter(communityId, entityType, entityId, null);
		List<AuditEntry> entries = log.latest(filter);
		Map<Long, String> names = communities.names(scope.allowedIds());
		Map<Long, ZoneId> zones = new HashMap<>();
		// Staff appear by name, not username (issue 10 item 19).
		Map<String, String> actors = staff.displayNamesOf(entries.stream().map(AuditEntry::actor).toList());
		List<Row> rows = entries.stream().map(e -> {
			String actor = actors.get(e.actor());
			String detail = details.words(e.detail());
			return e.communityId() == null ? Row.of(e, DEFAULT_ZONE, actor, null, detail)
					: Row.of(e, zones.computeIfAbsent(e.communityId(), communities::timeZone), actor,
							names.get(e.communityId()), detail);
		}).toList();
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("limit", AuditLog.DEFAULT_LIMIT);
		model.addAttribute("communities", names);
		model.addAttribute("entityTypes", List.of("unit", "building", "parking", "community", "staff"));
		model.addAttribute("filtered", Objects.nonNull(filter.entityType()) || Objects.nonNull(filter.entityId()));
		return Htmx.view(request, "access/audit", "results");
	}

	private static @Nullable String linkTo(AuditEntry e) {
		if (!e.entityId().matches("[0-9]{1,18}")) {
			return null;
		}
		return switch (e.entityType()) {
			case "unit" -> "/units/" + e.entityId();
			case "parking" -> "/parking/" + e.entityId() + "/edit";
			case "staff" -> "/staff/" + e.entityId() + "/edit";
			default -> null;
		};
	}

}
