package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.guanjia.carpark.SpaceCheck.Card;
import com.guanjia.carpark.SpaceCheck.Mismatch;
import com.guanjia.carpark.SpaceCheck.Space;
import com.guanjia.estate.ParkingState;
import org.junit.jupiter.api.Test;

/**
 * R1.2 (seed 000 "避免各种乱租、重租导致乱扣乱划款项"): the monthly space check on a hand-made estate of
 * nine spaces and seven units, every finding worked out by hand.
 */
class SpaceCheckTests {

	// units 101..107
	static final List<Space> SPACES = List.of(
			// in order: rented by 101 with its card, charged — nothing to find
			new Space(1, "B1-001", ParkingState.RENTED, 101L, "1-101"),
			// rented by 102, charged, no card — rent without a card
			new Space(2, "B1-002", ParkingState.RENTED, 102L, "1-102"),
			// rented by 103 with its card, not charged — card without rent
			new Space(3, "B1-003", ParkingState.RENTED, 103L, "1-103"),
			// re-let to 105 while 104's card still runs — double rental
			new Space(4, "B1-004", ParkingState.RENTED, 105L, "1-105"),
			// two cards on one space of 106 — double rental
			new Space(5, "B1-005", ParkingState.SOLD, 106L, "1-106"),
			// sold to 107, who is still charged one space — sold space charged rent
			new Space(6, "B1-006", ParkingState.SOLD, 107L, "1-107"),
			// a card on a vacant space — card without rent
			new Space(7, "B1-007", ParkingState.VACANT, null, null),
			// sold to 101 with its own card, no rent — nothing to find
			new Space(8, "B1-008", ParkingState.SOLD, 101L, "1-101"),
			// vacant and empty — nothing
			new Space(9, "B1-009", ParkingState.VACANT, null, null));

	static final List<Card> CARDS = List.of(new Card(11, "GD000011", "粤B10001", 101, "1-101", 1),
			new Card(13, "GD000013", "粤B10003", 103, "1-103", 3), new Card(14, "GD000014", "粤B10004", 104, "1-104", 4),
			new Card(15, "GD000015", "粤B10006", 106, "1-106", 5), new Card(16, "GD000016", "粤B20006", 106, "1-106", 5),
			new Card(17, "GD000017", "粤B10007", 101, "1-101", 7), new Card(18, "GD000018", "粤B10008", 101, "1-101", 8));

	/** Unit → spaces charged rent this month. */
	static final Map<Long, Integer> RENTS = Map.of(101L, 1, 102L, 1, 107L, 1);

	@Test
	void findsEachKindOfMismatchAndNothingElse() {
		List<Mismatch> found = SpaceCheck.run(SPACES, CARDS, RENTS);
		assertThat(found).extracting(Mismatch::kind, Mismatch::subject, Mismatch::spaceId, Mismatch::unitId)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(MismatchKind.RENT_WITHOUT_CARD, "space:B1-002", 2L, 102L),
					org.assertj.core.groups.Tuple.tuple(MismatchKind.CARD_WITHOUT_RENT, "card:GD000013", 3L, 103L),
					org.assertj.core.groups.Tuple.tuple(MismatchKind.DOUBLE_RENTAL, "space:B1-004", 4L, 105L),
					org.assertj.core.groups.Tuple.tuple(MismatchKind.DOUBLE_RENTAL, "space:B1-005", 5L, 106L),
					org.assertj.core.groups.Tuple.tuple(MismatchKind.SOLD_SPACE_CHARGED_RENT, "unit:107", 6L, 107L),
					org.assertj.core.groups.Tuple.tuple(MismatchKind.CARD_WITHOUT_RENT, "card:GD000017", 7L, 101L));
	}

	@Test
	void theDetailNamesTheSpaceTheCardsAndTheUnits() {
		List<Mismatch> found = SpaceCheck.run(SPACES, CARDS, RENTS);
		assertThat(found).filteredOn(m -> m.subject().equals("space:B1-004"))
			.singleElement()
			.extracting(Mismatch::detail)
			.isEqualTo("B1-004 (1-105): GD000014 粤B10004 1-104");
		assertThat(found).filteredOn(m -> m.subject().equals("space:B1-005"))
			.singleElement()
			.extracting(Mismatch::detail)
			.isEqualTo("B1-005 (1-106): GD000015 粤B10006 1-106, GD000016 粤B20006 1-106");
		assertThat(found).filteredOn(m -> m.kind() == MismatchKind.SOLD_SPACE_CHARGED_RENT)
			.singleElement()
			.extracting(Mismatch::detail)
			.isEqualTo("1-107: 1 > 0; B1-006");
	}

	@Test
	void aUnitChargedForTheSpacesItRentsIsFine_evenWhenItAlsoOwnsOne() {
		// 101 rents B1-001 and owns B1-008: charged one space, rents one
		assertThat(SpaceCheck.run(SPACES, CARDS, RENTS))
			.noneMatch(m -> m.unitId() != null && m.unitId() == 101L && m.kind() != MismatchKind.CARD_WITHOUT_RENT);
	}

	@Test
	void aCleanEstateFindsNothing() {
		assertThat(SpaceCheck.run(SPACES.subList(0, 1), CARDS.subList(0, 1), Map.of(101L, 1))).isEmpty();
	}

}
