package com.guanjia.carpark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.estate.ParkingState;
import org.jspecify.annotations.Nullable;

/**
 * The monthly space check (R1.2; seed 000 "每月对各区域的车位进行核查核对，包括已租、已售或空置等，
 * 避免各种乱租、重租导致乱扣乱划款项"): the spaces as the registry has them (sold, rented, vacant and to
 * which unit), the fixed-space cards active in the month and the parking rent billing
 * charged each unit for it, compared. What it finds:
 * <ul>
 * <li><b>double rental</b> (重租) — a space with two or more cards, or a card of one unit
 * on a space sold to or rented by another;</li>
 * <li><b>card without rent</b> — a card on a vacant space, or on a space rented by its
 * unit that was charged no rent for the month;</li>
 * <li><b>rent without card</b> — a space rented by a unit that was charged rent, with no
 * card on it;</li>
 * <li><b>sold space charged rent</b> — a unit charged rent for more spaces than it rents,
 * while it owns sold ones (the space was sold and is still charged).</li>
 * </ul>
 * Pure: {@code SpaceCheckTests} runs it on a hand-made estate.
 */
final class SpaceCheck {

	/** A space as the registry has it. */
	record Space(long id, String code, ParkingState state, @Nullable Long unitId, @Nullable String unitLabel) {
	}

	/** A fixed-space card active in the month. */
	record Card(long id, String number, String plate, long unitId, @Nullable String unitLabel, long spaceId) {
	}

	/**
	 * Something to resolve: its kind, a subject unique within the kind and month, a
	 * detail.
	 */
	record Mismatch(MismatchKind kind, String subject, @Nullable Long spaceId, @Nullable Long unitId, String detail) {
	}

	private SpaceCheck() {
	}

	/**
	 * @param rents unit id → number of spaces charged rent for the month
	 */
	static List<Mismatch> run(List<Space> spaces, List<Card> cards, Map<Long, Integer> rents) {
		Map<Long, List<Card>> bySpace = cards.stream().collect(Collectors.groupingBy(Card::spaceId));
		Map<Long, Space> spaceById = new HashMap<>();
		spaces.forEach(s -> spaceById.put(s.id(), s));
		List<Mismatch> found = new ArrayList<>();
		Map<Long, Integer> rented = new HashMap<>();
		Map<Long, List<Space>> sold = new HashMap<>();
		Map<Long, String> labels = new HashMap<>();
		for (Space space : spaces.stream().sorted(Comparator.comparing(Space::code)).toList()) {
			List<Card> on = bySpace.getOrDefault(space.id(), List.of());
			if (space.unitId() != null && space.unitLabel() != null) {
				labels.put(space.unitId(), space.unitLabel());
			}
			if (space.state() == ParkingState.RENTED && space.unitId() != null) {
				rented.merge(space.unitId(), 1, Integer::sum);
			}
			if (space.state() == ParkingState.SOLD && space.unitId() != null) {
				sold.computeIfAbsent(space.unitId(), k -> new ArrayList<>()).add(space);
			}
			boolean otherUnit = space.unitId() != null && space.state() != ParkingState.VACANT
					&& on.stream().anyMatch(c -> c.unitId() != space.unitId());
			if (on.size() > 1 || otherUnit) {
				found.add(new Mismatch(MismatchKind.DOUBLE_RENTAL, "space:" + space.code(), space.id(), space.unitId(),
						space.code() + (space.unitLabel() == null ? "" : " (" + space.unitLabel() + ")") + ": "
								+ cards(on)));
				continue;
			}
			Card card = on.isEmpty() ? null : on.get(0);
			boolean charged = space.unitId() != null && rents.getOrDefault(space.unitId(), 0) > 0;
			if (card != null
					&& (space.state() == ParkingState.VACANT || (space.state() == ParkingState.RENTED && !charged))) {
				found.add(new Mismatch(MismatchKind.CARD_WITHOUT_RENT, "card:" + card.number(), space.id(),
						card.unitId(), space.code() + " " + space.state() + ": " + cards(on)));
			}
			if (card == null && space.state() == ParkingState.RENTED && charged) {
				found.add(new Mismatch(MismatchKind.RENT_WITHOUT_CARD, "space:" + space.code(), space.id(),
						space.unitId(), space.code() + " (" + space.unitLabel() + ")"));
			}
		}
		rents.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			long unit = e.getKey();
			int charged = e.getValue();
			int renting = rented.getOrDefault(unit, 0);
			List<Space> owned = sold.getOrDefault(unit, List.of());
			if (charged > renting && !owned.isEmpty()) {
				found.add(new Mismatch(MismatchKind.SOLD_SPACE_CHARGED_RENT, "unit:" + unit, owned.get(0).id(), unit,
						labels.getOrDefault(unit, String.valueOf(unit)) + ": " + charged + " > " + renting + "; "
								+ owned.stream().map(Space::code).collect(Collectors.joining(", "))));
			}
		});
		return found;
	}

	private static String cards(List<Card> cards) {
		return cards.stream()
			.map(c -> c.number() + " " + c.plate() + (c.unitLabel() == null ? "" : " " + c.unitLabel()))
			.collect(Collectors.joining(", "));
	}

}
