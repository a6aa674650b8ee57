package com.guanjia.renovation;

import java.time.Clock;
import java.util.List;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renovation materials entering at the gate (R9.7; seed 003
 * "对保安门岗通知需要审批通过的装修材料进场，第一时间赶赴现场 了解是否能通过，不能通过的通知内务联系协调业主"): the guard reports what
 * arrives for a unit, refused when the unit has no renovation under way; the butler who
 * went to see it lets it in or refuses it with the reason. Each step lands in the
 * material's history and the audit trail.
 */
@Service
@Transactional
public class Materials {

	private final RenovationRepository renovations;

	private final MaterialRepository materials;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Materials(RenovationRepository renovations, MaterialRepository materials, UnitManagement units,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.renovations = renovations;
		this.materials = materials;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The gate reports materials arriving for a unit (by its label, e.g. 3-2-1502): 422
	 * when the unit has no renovation under way.
	 */
	public MaterialView report(long communityId, @Nullable String unitLabel, @Nullable String description,
			@Nullable String carrier) {
		scope.require(Permission.GATE_CHECK);
		scope.require(communityId);
		new Problems().text("unitLabel", unitLabel, 60)
			.text("description", description, 200)
			.optionalText("carrier", carrier, 100)
			.throwIfAny();
		String label = unitLabel.strip();
		UnitView unit = units.search(List.of(communityId), label, 5)
			.stream()
			.filter(u -> u.label().equalsIgnoreCase(label))
			.findFirst()
			.orElseThrow(() -> ValidationException.of("unitLabel", "validation.unit.unknown"));
		Renovation r = renovations.openOfUnit(communityId, unit.id())
			.flatMap(id -> renovations.find(List.of(communityId), id))
			.filter(x -> x.status() == RenovationStatus.PERMITTED)
			.orElseThrow(() -> new RuleViolationException("renovation.material.noPermit", unit.label()));
		MaterialEntry m = MaterialEntry.report(materials.nextId(), communityId,
				new MaterialEntry.Reported(r.id(), description.strip(),
						carrier == null || carrier.isBlank() ? null : carrier.strip(), clock.instant(), scope.actor()));
		materials.insert(m);
		audit.record(communityId, "renovation_material", m.id(), "report", unit.label() + " " + description.strip());
		m.takeEvents().forEach(events::publishEvent);
		return MaterialView.of(m);
	}

	/** Seen on the spot and let in. */
	public MaterialView approve(long renovationId, long materialId, @Nullable String note) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().optionalText("note", note, 200).throwIfAny();
		MaterialEntry m = load(renovationId, materialId);
		m.approve(note == null || note.isBlank() ? null : note.strip(), clock.instant(), scope.actor());
		return commit(m, "approve");
	}

	/** Not let in, with the reason; the owner is contacted. */
	public MaterialView refuse(long renovationId, long materialId, @Nullable String reason) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().text("reason", reason, 200).throwIfAny();
		MaterialEntry m = load(renovationId, materialId);
		m.refuse(reason.strip(), clock.instant(), scope.actor());
		return commit(m, "refuse");
	}

	@Transactional(readOnly = true)
	public List<MaterialView> ofRenovation(long renovationId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = renovation(renovationId);
		return materials.ofRenovation(r.communityId(), r.id()).stream().map(MaterialView::of).toList();
	}

	private MaterialEntry load(long renovationId, long materialId) {
		Renovation r = renovation(renovationId);
		return materials.lock(r.communityId(), r.id(), materialId)
			.orElseThrow(() -> new NotFoundException("material", materialId));
	}

	private Renovation renovation(long renovationId) {
		return renovations.find(scope.allowedIds(), renovationId)
			.orElseThrow(() -> new NotFoundException("renovation", renovationId));
	}

	private MaterialView commit(MaterialEntry m, String action) {
		materials.save(m);
		audit.record(m.communityId(), "renovation_material", m.id(), action, m.reason());
		m.takeEvents().forEach(events::publishEvent);
		return MaterialView.of(m);
	}

}
