package com.guanjia.goods;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.guanjia.archive.DocumentFiling;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.goods.RequestPass.GiveConsent;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.Authorisations;
import com.guanjia.residents.OccupantRole;
import com.guanjia.residents.PartyId;
import com.guanjia.residents.PlateNumber;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goods release passes (R10.2). The desk ({@code GOODS_RELEASE}) writes a pass for a
 * unit's owner, tenant or a named worker and records the owner's confirmation (seed 003
 * "办理装修工人的物品放行，联系业主确认无误，完整填写《物品放行条》"); the guard ({@code GATE_CHECK}) checks it by number
 * and lets the goods out once (seed 002 "持放行条交门岗安护员核对无误后出小区"), or records why not. A used
 * pass is filed in the unit's archive (the pass is kept).
 */
@Service
@Transactional
@NamedInterface("api")
public class GoodsPasses {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final GoodsPassRepository passes;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final UnitDocuments archive;

	private final Authorisations authorisations;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GoodsPasses(GoodsPassRepository passes, UnitManagement units, ResidentDirectory residents, UnitDocuments archive,
			Authorisations authorisations, CommunityDirectory communities, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.passes = passes;
		this.units = units;
		this.residents = residents;
		this.archive = archive;
		this.authorisations = authorisations;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes a pass; with the owner's consent in {@code command} it is approved at once.
	 * An owner or tenant must be one of the unit today (400 on {@code requesterPartyId}).
	 */
	public GoodsPassView request(long communityId, RequestPass command) {
		scope.require(Permission.GOODS_RELEASE);
		scope.require(communityId);
		ZoneId zone = communities.timeZone(communityId);
		Instant now = clock.instant();
		command.validate(LocalDate.ofInstant(now, zone));
		UnitView unit = units.findInService(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		GoodsPass.Requester requester = requester(unit, command);
		long id = passes.nextId();
		String number = "FX" + DAY.format(now.atZone(zone)) + "-" + id;
		String plate = command.plate() == null || command.plate().isBlank() ? null
				: PlateNumber.normalize(command.plate());
		GoodsPass p = GoodsPass.request(id, communityId, number, unit.id(), unit.label(), requester,
				command.cleanGoods(), plate, command.validFrom().atZone(zone).toInstant(),
				command.validUntil().atZone(zone).toInstant(), now, scope.actor());
		if (command.consent() != null && !command.consent().empty()) {
			confirm(p, command.consent(), now);
		}
		return commit(p);
	}

	/**
	 * Records the owner's confirmation; without one only an owner's own pass is approved
	 * (the owner at the desk); a tenant's or worker's pass is refused (422).
	 */
	public GoodsPassView confirm(long id, GiveConsent consent) {
		scope.require(Permission.GOODS_RELEASE);
		Problems p = new Problems();
		consent.validate(p);
		p.throwIfAny();
		GoodsPass pass = lock(id);
		confirm(pass, consent, clock.instant());
		return commit(pass);
	}

	public GoodsPassView cancel(long id, @Nullable String reason) {
		scope.require(Permission.GOODS_RELEASE);
		new Problems().text("reason", reason, 200).throwIfAny();
		GoodsPass pass = lock(id);
		pass.cancel(reason.strip(), clock.instant(), scope.actor());
		return commit(pass);
	}

	/**
	 * What the guard sees for a scanned or typed number in the community: the pass and
	 * why it may not be used now, or "unknown". Reads only; the release or the refusal is
	 * recorded by {@link #release} and {@link #refuse}.
	 */
	@Transactional(readOnly = true)
	public GateCheck check(long communityId, @Nullable String number) {
		scope.require(Permission.GATE_CHECK);
		scope.require(communityId);
		new Problems().text("passNo", number, 30).throwIfAny();
		String n = number.strip().toUpperCase(Locale.ROOT);
		Instant now = clock.instant();
		return passes.findByNumber(communityId, n)
			.map(p -> GateCheck.of(p.number(), view(p, now), p.refusalAt(now)))
			.orElseGet(() -> GateCheck.of(n, null, "goods.gate.refused.UNKNOWN"));
	}

	/**
	 * The goods leave: the pass is used and filed in the unit's archive. A pass not
	 * confirmed, used, cancelled, expired or not yet valid is refused (422), unchanged.
	 */
	public GoodsPassView release(long id, @Nullable String note) {
		scope.require(Permission.GATE_CHECK);
		new Problems().optionalText("note", note, 200).throwIfAny();
		GoodsPass pass = lock(id);
		pass.release(note == null || note.isBlank() ? null : note.strip(), clock.instant(), scope.actor());
		archive.file(UnitId.of(pass.communityId(), pass.unitId()),
				DocumentFiling.form(DocumentType.OTHER, pass.unitLabel() + " · 物品放行条 " + pass.number(),
						"/goods/passes/" + pass.id() + "/print", "goods-pass:" + pass.id()),
				"pass");
		return commit(pass);
	}

	/** The guard refuses the goods and says why; the pass stays as it is. */
	public GoodsPassView refuse(long id, @Nullable String reason) {
		scope.require(Permission.GATE_CHECK);
		new Problems().text("reason", reason, 200).throwIfAny();
		GoodsPass pass = lock(id);
		pass.refuse(reason.strip(), clock.instant(), scope.actor());
		return commit(pass);
	}

	@Transactional(readOnly = true)
	public GoodsPassView get(long id) {
		requireDeskOrGate();
		GoodsPass p = passes.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("goodsPass", id));
		return view(p, clock.instant());
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long id) {
		GoodsPassView p = get(id);
		return passes.history(p.communityId(), p.id());
	}

	/**
	 * The community's latest passes (at most 200), newest first, of one status as of now
	 * when given.
	 */
	@Transactional(readOnly = true)
	public List<GoodsPassView> list(long communityId, @Nullable GoodsPassStatus status, @Nullable Long unitId) {
		scope.require(Permission.GOODS_RELEASE);
		scope.require(communityId);
		Instant now = clock.instant();
		return passes.list(communityId, null, unitId, 200)
			.stream()
			.map(p -> view(p, now))
			.filter(v -> status == null || v.status() == status)
			.toList();
	}

	/** The current owners of a unit of the community, for the consent's picker. */
	@Transactional(readOnly = true)
	public List<ResidentSummary> owners(long communityId, long unitId) {
		scope.require(Permission.GOODS_RELEASE);
		scope.require(communityId);
		return residents.ownersOf(UnitId.of(communityId, unitId));
	}

	/** Now, in the community's zone (the form's default valid time). */
	public LocalDateTime localNow(long communityId) {
		return LocalDateTime.ofInstant(clock.instant(), communities.timeZone(communityId));
	}

	private GoodsPass.Requester requester(UnitView unit, RequestPass command) {
		RequesterKind kind = command.requesterKind();
		if (kind == RequesterKind.OTHER) {
			return new GoodsPass.Requester(kind, null, command.requesterName().strip());
		}
		String field = command.requesterPartyId() != null ? "requesterPartyId" : "requesterIdCard";
		PartyId id = command.requesterPartyId() != null ? PartyId.of(unit.communityId(), command.requesterPartyId())
				: authorisations
					.partyWithIdCard(unit.communityId(), command.requesterIdCard().strip().toUpperCase(Locale.ROOT))
					.orElseThrow(() -> ValidationException.of(field, "goods.requester.unknown"));
		ResidentSummary party = residents.find(id)
			.orElseThrow(() -> ValidationException.of(field, "goods.requester.unknown"));
		long partyId = party.id();
		OccupantRole role = kind == RequesterKind.OWNER ? OccupantRole.OWNER : OccupantRole.TENANT;
		boolean tied = party.units().stream().anyMatch(t -> t.unitId() == unit.id() && t.role() == role);
		if (!tied) {
			throw ValidationException.of(field, "goods.requester.notTied." + kind.name(), party.name(), unit.label());
		}
		return new GoodsPass.Requester(kind, partyId, party.name());
	}

	private void confirm(GoodsPass pass, GiveConsent consent, Instant now) {
		UnitId unit = UnitId.of(pass.communityId(), pass.unitId());
		List<ResidentSummary> owners = residents.ownersOf(unit);
		Set<Long> ownerIds = owners.stream().map(ResidentSummary::id).collect(Collectors.toSet());
		OwnerConsent given = null;
		if (!consent.empty()) {
			long partyId = consent.ownerPartyId();
			String name = owners.stream()
				.filter(o -> o.id() == partyId)
				.map(ResidentSummary::name)
				.findFirst()
				.orElseGet(() -> residents.find(PartyId.of(pass.communityId(), partyId))
					.map(ResidentSummary::name)
					.orElse("#" + partyId));
			ZoneId zone = communities.timeZone(pass.communityId());
			Instant at = consent.at() == null ? now : consent.at().atZone(zone).toInstant();
			if (at.isAfter(now)) {
				throw ValidationException.of("consentAt", "goods.consent.future");
			}
			given = new OwnerConsent(consent.method(), partyId, name, at,
					consent.note() == null || consent.note().isBlank() ? null : consent.note().strip(), scope.actor());
		}
		pass.confirm(given, ownerIds, now, scope.actor());
	}

	private GoodsPass lock(long id) {
		return passes.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("goodsPass", id));
	}

	private void requireDeskOrGate() {
		if (!scope.has(Permission.GOODS_RELEASE) && !scope.has(Permission.GATE_CHECK)) {
			throw new AccessDeniedException("missing permission GOODS_RELEASE or GATE_CHECK");
		}
	}

	private GoodsPassView commit(GoodsPass p) {
		passes.save(p);
		for (GoodsPass.Step s : p.steps()) {
			audit.record(p.communityId(), "goods_pass", p.id(), s.action().name().toLowerCase(Locale.ROOT),
					p.number() + " " + p.unitLabel() + (s.note() == null ? "" : " " + s.note()));
		}
		p.events().forEach(events::publishEvent);
		p.saved();
		return view(p, clock.instant());
	}

	private GoodsPassView view(GoodsPass p, Instant now) {
		return GoodsPassView.of(p, now, communities.timeZone(p.communityId()));
	}

}
