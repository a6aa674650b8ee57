package com.guanjia.carpark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.guanjia.carpark.SpaceCheck.Mismatch;
import com.guanjia.carpark.SpaceCheck.Space;
import com.guanjia.estate.ParkingState;
import org.jspecify.annotations.Nullable;

/**
 * The vehicles actually parked, compared with the cards and the registry (R1.2, seed 000
 * "每月对各区域的车位进行核查核对…避免各种乱租、重租"; issue 14 item 8 "the vehicles parked"): what the guard saw
 * walking the car park (a plate on a space, or on no numbered space) and the vehicles
 * inside now by the entry log. What it finds:
 * <ul>
 * <li><b>car in someone else's space</b> — a plate on a space that is sold or rented to a
 * unit, or carries a fixed-space card, when the plate has no valid card on that space and
 * is not registered to the space's unit;</li>
 * <li><b>unknown plate</b> — a plate seen parked with no card at all, not registered to
 * any unit and not inside by the entry log (the gate never let it in);</li>
 * <li><b>card expired</b> — a plate seen parked, or inside now, whose cards are all
 * expired or cancelled on that day;</li>
 * <li><b>space occupied without card</b> — a rented space used by its unit's vehicle with
 * no valid fixed-space card on it, or a vacant space used by a resident's vehicle with no
 * valid card at all (a visitor inside by the entry log may use a vacant space).</li>
 * </ul>
 * A sold space used by its owner's registered vehicle is fine without a card. Each
 * subject is found once a month, by its first sighting. Pure: {@code ParkedCheckTests}.
 */
final class ParkedCheck {

	/** What the guard saw: a plate, on a space of the registry or on none, that day. */
	record Seen(LocalDate day, @Nullable Long spaceId, String plate) {
	}

	/** A card of a plate seen or inside, or a fixed-space card of the month. */
	record PlateCard(String number, String plate, CardKind kind, @Nullable Long spaceId, @Nullable Long unitId,
			LocalDate validFrom, LocalDate validTo, boolean cancelled) {

		boolean validOn(LocalDate day) {
			return !cancelled && !day.isBefore(validFrom) && !day.isAfter(validTo);
		}

		String describe() {
			return number + (cancelled ? " ✕" : " ≤" + validTo);
		}

	}

	/** A vehicle registered now to a unit. */
	record Registered(String plate, long unitId, String unitLabel) {
	}

	private ParkedCheck() {
	}

	/**
	 * @param inside the plates inside now by the entry log
	 * @param today the day the vehicles inside are checked on
	 */
	static List<Mismatch> run(List<Space> spaces, List<PlateCard> cards, List<Registered> registered, List<Seen> seen,
			Set<String> inside, LocalDate today) {
		Map<Long, Space> spaceById = new HashMap<>();
		spaces.forEach(s -> spaceById.put(s.id(), s));
		Map<String, List<PlateCard>> byPlate = cards.stream().collect(Collectors.groupingBy(PlateCard::plate));
		Map<String, Registered> reg = new HashMap<>();
		registered.forEach(r -> reg.put(r.plate(), r));
		Map<String, Mismatch> found = new LinkedHashMap<>();
		for (Seen s : seen) {
			List<PlateCard> own = byPlate.getOrDefault(s.plate(), List.of());
			boolean validCard = own.stream().anyMatch(c -> c.validOn(s.day()));
			Registered r = reg.get(s.plate());
			Space space = s.spaceId() == null ? null : spaceById.get(s.spaceId());
			String where = s.plate() + (space == null ? "" : " @ " + space.code()) + " " + s.day();
			if (!own.isEmpty() && !validCard) {
				add(found, expired(s.plate(), own, space, r, where));
			}
			if (own.isEmpty() && r == null && !inside.contains(s.plate())) {
				add(found, new Mismatch(MismatchKind.UNKNOWN_PLATE, "plate:" + s.plate(),
						space == null ? null : space.id(), null, where));
			}
			if (space != null) {
				onSpace(found, space, s, cards, validCard, r, where);
			}
		}
		for (String plate : inside.stream().sorted().toList()) {
			List<PlateCard> own = byPlate.getOrDefault(plate, List.of());
			if (!own.isEmpty() && own.stream().noneMatch(c -> c.validOn(today))) {
				add(found, expired(plate, own, null, reg.get(plate), plate + " " + today));
			}
		}
		return new ArrayList<>(found.values());
	}

	private static void onSpace(Map<String, Mismatch> found, Space space, Seen s, List<PlateCard> cards,
			boolean validCard, @Nullable Registered r, String where) {
		List<PlateCard> fixed = cards.stream()
			.filter(c -> c.kind() == CardKind.FIXED_SPACE && space.id() == (c.spaceId() == null ? -1 : c.spaceId())
					&& c.validOn(s.day()))
			.toList();
		boolean tied = space.unitId() != null && space.state() != ParkingState.VACANT;
		boolean ownCard = fixed.stream().anyMatch(c -> c.plate().equals(s.plate()));
		boolean ownUnit = tied && r != null && r.unitId() == space.unitId();
		String holder = r == null ? "?" : r.unitLabel();
		if ((tied || !fixed.isEmpty()) && !ownCard && !ownUnit) {
			String rightful = (space.unitLabel() == null ? "" : space.unitLabel())
					+ fixed.stream().map(c -> " " + c.number() + " " + c.plate()).collect(Collectors.joining());
			add(found, new Mismatch(MismatchKind.CAR_IN_OTHERS_SPACE, "space:" + space.code() + " plate:" + s.plate(),
					space.id(), space.unitId(), where + " (" + holder + ") ≠ " + rightful.strip()));
			return;
		}
		boolean rentedWithoutCard = space.state() == ParkingState.RENTED && fixed.isEmpty();
		boolean vacantUsedByResident = space.state() == ParkingState.VACANT && fixed.isEmpty() && r != null
				&& !validCard;
		if (rentedWithoutCard || vacantUsedByResident) {
			add(found, new Mismatch(MismatchKind.SPACE_WITHOUT_CARD, "space:" + space.code(), space.id(),
					r == null ? space.unitId() : Long.valueOf(r.unitId()), where + " (" + holder + ")"));
		}
	}

	private static Mismatch expired(String plate, List<PlateCard> own, @Nullable Space space, @Nullable Registered r,
			String where) {
		PlateCard latest = own.stream().max((a, b) -> a.validTo().compareTo(b.validTo())).orElseThrow();
		Long unit = latest.unitId() != null ? latest.unitId() : r == null ? null : Long.valueOf(r.unitId());
		return new Mismatch(MismatchKind.CARD_EXPIRED, "plate:" + plate,
				space != null ? Long.valueOf(space.id()) : latest.spaceId(), unit,
				where + ": " + own.stream().map(PlateCard::describe).collect(Collectors.joining(", ")));
	}

	private static void add(Map<String, Mismatch> found, Mismatch m) {
		found.putIfAbsent(m.kind() + "|" + m.subject(), m);
	}

}
