package com.guanjia.keys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.keys.KeyCommands.IssueItem;
import com.guanjia.keys.KeyCommands.RegisterItem;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.PartyId;
import com.guanjia.residents.PlateNumber;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The key register (R10.1; seed 000: "做好各楼宇单元的锁匙核对、调试、编号、分类、存放、借还、登记等细节工作，并建立好相应的 管理台帐"):
 * register a numbered item in its place, issue it (at move-in, or a card to a resident),
 * take it back into keeping, renew a card, move it, find or write off a missing one. Each
 * method checks the caller, loads the {@link KeyItem}, lets it take the step and commits
 * it with its history, audit and events. Lending is {@link KeyLoans}, the count
 * {@link StockTakes}.
 */
@Service
@Transactional
@NamedInterface("api")
public class KeyRegister {

	private final KeyItemRepository items;

	private final KeyLoanRepository loans;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KeyRegister(KeyItemRepository items, KeyLoanRepository loans, UnitManagement units, ResidentDirectory residents,
			CommunityDirectory communities, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.items = items;
		this.loans = loans;
		this.units = units;
		this.residents = residents;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public KeyItemView register(long communityId, RegisterItem command) {
		scope.require(Permission.KEYS_WRITE);
		scope.require(communityId);
		command.validate();
		UnitView unit = units.find(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		String number = command.code().strip().toUpperCase(Locale.ROOT);
		if (items.numberTaken(communityId, number)) {
			throw ValidationException.of("code", "keys.number.taken", number);
		}
		return commit(KeyItem.register(items.nextId(), communityId, unit.id(), unit.label(), command.kind(), number,
				blank(command.place()), clock.instant()));
	}

	/** Issues an item to its holder (a card to a resident of the unit, 办理住户卡或车卡). */
	public KeyItemView issue(long id, IssueItem command) {
		KeyItem k = load(id);
		k.check(KeyAction.ISSUE);
		command.validate(k.kind(), today(k.communityId()));
		k.issue(holder(k, command, null), clock.instant());
		return commit(k);
	}

	/**
	 * The unit's items in store, for a procedure that hands them out (a move-in's keys,
	 * cards, intercom handset). No caller check: the calling module has checked its
	 * caller and the unit.
	 */
	@Transactional(readOnly = true)
	public List<KeyItemView> inStoreOf(UnitId unit) {
		return items.ofUnit(unit.communityId(), unit.value())
			.stream()
			.filter(k -> k.status() == KeyStatus.IN_STORE)
			.map(k -> KeyItemView.of(k, null))
			.toList();
	}

	/**
	 * Hands the unit's chosen items to the new owner or their proxy at move-in (R8.2:
	 * "发放物品并确认：房屋钥匙"), all or none; an item that is not the unit's or not in store is
	 * refused naming {@code field}. No caller check: the calling module has checked its
	 * caller and the unit.
	 */
	public List<KeyItemView> issueAll(UnitId unit, List<Long> itemIds, @Nullable Long holderPartyId, String holderName,
			String reference, String field) {
		List<KeyItem> locked = items.lockAll(unit.communityId(), itemIds);
		if (locked.size() != itemIds.stream().distinct().count()
				|| locked.stream().anyMatch(k -> k.unitId() != unit.value())) {
			throw ValidationException.of(field, "keys.notOfUnit");
		}
		List<KeyItemView> issued = new ArrayList<>();
		for (KeyItem k : locked) {
			k.issue(new KeyItem.Holder(holderPartyId, holderName, null, null, reference), clock.instant());
			issued.add(commit(k));
		}
		return issued;
	}

	/** The owner gives an issued key back into the management's keeping (custody). */
	public KeyItemView handBack(long id, @Nullable String place) {
		new Problems().optionalText("place", place, 50).throwIfAny();
		KeyItem k = load(id);
		k.handBack(blank(place), clock.instant());
		return commit(k);
	}

	/** 车卡续期: the card is valid until a later day. */
	public KeyItemView renew(long id, @Nullable LocalDate validUntil) {
		KeyItem k = load(id);
		new Problems().required("validUntil", validUntil)
			.check(validUntil == null || validUntil.isAfter(today(k.communityId())), "validUntil",
					"keys.validUntil.past")
			.throwIfAny();
		k.renew(validUntil, clock.instant());
		return commit(k);
	}

	public KeyItemView move(long id, @Nullable String place) {
		new Problems().text("place", place, 50).throwIfAny();
		KeyItem k = load(id);
		k.move(place.strip(), clock.instant());
		return commit(k);
	}

	/** A missing item turned up: it is in store again and no longer flagged. */
	public KeyItemView find(long id, @Nullable String note) {
		new Problems().optionalText("note", note, 200).throwIfAny();
		KeyItem k = load(id);
		k.find(blank(note), clock.instant());
		return commit(k);
	}

	/** A missing item is given up as lost, with the reason. */
	public KeyItemView writeOff(long id, @Nullable String reason) {
		new Problems().text("reason", reason, 200).throwIfAny();
		KeyItem k = load(id);
		k.writeOff(reason.strip(), clock.instant());
		return commit(k);
	}

	@Transactional(readOnly = true)
	public KeyItemView get(long id) {
		scope.require(Permission.KEYS_WRITE);
		return view(items.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("keyItem", id)));
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long id) {
		KeyItemView k = get(id);
		return items.history(k.communityId(), id);
	}

	/** The community's register, filtered (at most 500 items). */
	@Transactional(readOnly = true)
	public List<KeyItemView> list(long communityId, @Nullable KeyKind kind, @Nullable KeyStatus status,
			@Nullable String q) {
		scope.require(Permission.KEYS_WRITE);
		scope.require(communityId);
		return items.list(communityId, kind, status, blank(q)).stream().map(this::view).toList();
	}

	/**
	 * A unit's items (not the written-off ones); 404 outside the caller's communities.
	 */
	@Transactional(readOnly = true)
	public List<KeyItemView> ofUnit(long unitId) {
		scope.require(Permission.KEYS_WRITE);
		UnitView unit = units.get(unitId);
		return items.ofUnit(unit.communityId(), unit.id()).stream().map(this::view).toList();
	}

	// --- plumbing ----------------------------------------------------------------------

	KeyItem load(long id) {
		scope.require(Permission.KEYS_WRITE);
		return items.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("keyItem", id));
	}

	KeyItemView commit(KeyItem k) {
		items.save(k, scope.actor());
		for (KeyItem.Step step : k.steps()) {
			audit.record(k.communityId(), "key_item", k.id(), step.action().name().toLowerCase(Locale.ROOT),
					k.number() + (step.note() == null ? "" : " " + step.note()));
		}
		k.events().forEach(events::publishEvent);
		k.saved();
		return view(k);
	}

	private KeyItemView view(KeyItem k) {
		Long loanId = k.status() == KeyStatus.LENT ? loans.outOf(k.communityId(), k.id()).map(KeyLoan::id).orElse(null)
				: null;
		return KeyItemView.of(k, loanId);
	}

	/** Today in the community's zone. */
	public LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	/** The holder: a resident tied to the unit (refused otherwise), or a name. */
	private KeyItem.Holder holder(KeyItem k, IssueItem command, @Nullable String reference) {
		String plate = command.plate() == null || command.plate().isBlank() ? null
				: PlateNumber.normalize(command.plate());
		if (command.holderPartyId() != null) {
			ResidentSummary resident = residents.find(PartyId.of(k.communityId(), command.holderPartyId()))
				.filter(r -> r.units().stream().anyMatch(t -> t.unitId() == k.unitId()))
				.orElseThrow(() -> ValidationException.of("holderPartyId", "keys.holder.notResident", k.unitLabel()));
			return new KeyItem.Holder(resident.id(), resident.name(), plate, command.validUntil(), reference);
		}
		return new KeyItem.Holder(null, command.holderName().strip(), plate, command.validUntil(), reference);
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
