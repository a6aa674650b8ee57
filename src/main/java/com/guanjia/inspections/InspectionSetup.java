package com.guanjia.inspections;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas, routes and checkpoints of a community (R11.1): plain records the supervisor
 * keeps. Each checkpoint gets a random token for its QR label, which opens the checkpoint
 * on the butler's phone.
 */
@Service
@Transactional
@NamedInterface("api")
public class InspectionSetup {

	/**
	 * A new area: its kind, a name unique in the community and, for a building, which
	 * one.
	 */
	@NamedInterface("api")
	public record NewArea(@Nullable AreaKind kind, @Nullable String name, @Nullable Long buildingId) {

		void validate() {
			new Problems().required("kind", kind).text("name", name, 50).throwIfAny();
		}

	}

	/** A new checkpoint at the end of a route: its name, area and checklist. */
	@NamedInterface("api")
	public record NewCheckpoint(@Nullable String name, @Nullable Long areaId, @Nullable String templateCode) {

		void validate() {
			new Problems().text("name", name, 50)
				.required("areaId", areaId)
				.text("templateCode", templateCode, 30)
				.throwIfAny();
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SetupRepository setup;

	private final TemplateRepository templates;

	private final CommunityScope scope;

	private final UnitManagement units;

	private final AuditTrail audit;

	private final Clock clock;

	InspectionSetup(SetupRepository setup, TemplateRepository templates, CommunityScope scope, AuditTrail audit,
			Clock clock, UnitManagement units) {
		this.units = units;
		this.setup = setup;
		this.templates = templates;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	public AreaView createArea(long communityId, NewArea command) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		command.validate();
		if (command.buildingId() != null
				&& units.buildings(communityId).stream().noneMatch(b -> b.id() == command.buildingId())) {
			// Another community's building, or none (issue 9 item 17).
			throw ValidationException.of("buildingId", "validation.building.unknown");
		}
		long id = setup.insertArea(communityId, command.kind(), command.name().strip(), command.buildingId());
		if (id < 0) {
			throw ValidationException.of("name", "inspection.duplicate", command.name().strip());
		}
		audit.record(communityId, "inspection_area", id, "create", command.name().strip());
		return setup.area(communityId, id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<AreaView> areas(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return setup.areas(communityId);
	}

	public RouteView createRoute(long communityId, @Nullable String name) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		new Problems().text("name", name, 50).throwIfAny();
		long id = setup.insertRoute(communityId, name.strip());
		if (id < 0) {
			throw ValidationException.of("name", "inspection.duplicate", name.strip());
		}
		audit.record(communityId, "inspection_route", id, "create", name.strip());
		return route(id);
	}

	@Transactional(readOnly = true)
	public List<RouteView> routes(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return setup.routes(communityId);
	}

	/** A route the caller may see, or 404. */
	@Transactional(readOnly = true)
	public RouteView route(long routeId) {
		scope.require(Permission.INSPECTION_READ);
		return setup.route(scope.allowedIds(), routeId).orElseThrow(() -> new NotFoundException("route", routeId));
	}

	public CheckpointView addCheckpoint(long routeId, NewCheckpoint command) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		RouteView route = route(routeId);
		command.validate();
		long communityId = route.communityId();
		if (setup.area(communityId, command.areaId()).isEmpty()) {
			throw ValidationException.of("areaId", "inspection.area.unknown");
		}
		templates.ensureDefaults(communityId, clock.instant());
		if (templates.current(communityId, command.templateCode()).isEmpty()) {
			throw ValidationException.of("templateCode", "inspection.template.unknown", command.templateCode());
		}
		long id = setup.insertCheckpoint(communityId, routeId, command.name().strip(), command.areaId(),
				command.templateCode(), newToken());
		audit.record(communityId, "inspection_checkpoint", id, "create", route.name() + ": " + command.name());
		return setup.checkpoint(List.of(communityId), id).orElseThrow();
	}

	/**
	 * Takes a checkpoint off its route (or puts it back); rounds created later leave it
	 * out.
	 */
	public CheckpointView setCheckpointActive(long checkpointId, boolean active) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		CheckpointView c = checkpoint(checkpointId);
		setup.setCheckpointActive(c.communityId(), c.id(), active);
		audit.record(c.communityId(), "inspection_checkpoint", c.id(), active ? "activate" : "deactivate", c.name());
		return checkpoint(checkpointId);
	}

	/** A checkpoint the caller may see, or 404. */
	@Transactional(readOnly = true)
	public CheckpointView checkpoint(long checkpointId) {
		scope.require(Permission.INSPECTION_READ);
		return setup.checkpoint(scope.allowedIds(), checkpointId)
			.orElseThrow(() -> new NotFoundException("checkpoint", checkpointId));
	}

	/** The checkpoint a scanned QR label names, when the caller may see it; else 404. */
	@Transactional(readOnly = true)
	public CheckpointView scanned(String token) {
		scope.require(Permission.INSPECTION_READ);
		return setup.checkpointByToken(scope.allowedIds(), token)
			.orElseThrow(() -> new NotFoundException("checkpoint", token));
	}

	private static String newToken() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
