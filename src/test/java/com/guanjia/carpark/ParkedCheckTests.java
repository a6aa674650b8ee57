package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.guanjia.carpark.ParkedCheck.PlateCard;
import com.guanjia.carpark.ParkedCheck.Registered;
import com.guanjia.carpark.ParkedCheck.Seen;
import com.guanjia.carpark.SpaceCheck.Mismatch;
import com.guanjia.carpark.SpaceCheck.Space;
import com.guanjia.estate.ParkingState;
import org.junit.jupiter.api.Test;

/**
 * R1.2, issue 14 item 8 "the vehicles parked": the guard's walk and the vehicles inside
 * compared with the cards and the registry, on a hand-made car park, every finding worked
 * out by hand.
 */
class ParkedCheckTests {

	static final LocalDate DAY = LocalDate.of(2027, 1, 5);

	static final LocalDate TODAY = LocalDate.of(2027, 1, 6);

	// units 101..104
	static final List<Space> SPACES = List.of(new Space(1, "B2-001", ParkingState.RENTED, 101L, "1-101"),
			new Space(2, "B2-002", ParkingState.SOLD, 102L, "1-102"),
			new Space(3, "B2-003", ParkingState.RENTED, 103L, "1-103"),
			new Space(4, "B2-004", ParkingState.VACANT, null, null),
			new Space(5, "B2-005", ParkingState.VACANT, null, null),
			new Space(6, "B2-006", ParkingState.VACANT, null, null));

	static final List<PlateCard> CARDS = List.of(
			// 101's fixed card on its rented space
			new PlateCard("GD01", "粤B30001", CardKind.FIXED_SPACE, 1L, 101L, DAY.minusMonths(1), DAY.plusMonths(2),
					false),
			// a monthly card that ran out before the walk
			new PlateCard("YK05", "粤B30005", CardKind.MONTHLY, null, null, DAY.minusMonths(2), DAY.minusDays(1), false),
			// a monthly card cancelled
			new PlateCard("YK06", "粤B30006", CardKind.MONTHLY, null, null, DAY.minusMonths(1), DAY.plusMonths(1), true),
			// a valid monthly card
			new PlateCard("YK07", "粤B30007", CardKind.MONTHLY, null, null, DAY.minusMonths(1), DAY.plusMonths(1),
					false));

	static final List<Registered> REGISTERED = List.of(new Registered("粤B30001", 101, "1-101"),
			new Registered("粤B30002", 102, "1-102"), new Registered("粤B30003", 103, "1-103"),
			new Registered("粤B30004", 103, "1-103"), new Registered("粤B30007", 104, "1-104"),
			new Registered("粤B30008", 104, "1-104"));

	static final List<Seen> SEEN = List.of(
			// its own card on its space — fine
			new Seen(DAY, 1L, "粤B30001"),
			// the owner's vehicle on the sold space — fine without a card
			new Seen(DAY, 2L, "粤B30002"),
			// 103's vehicle on 102's sold space — someone else's space
			new Seen(DAY, 2L, "粤B30003"),
			// 103's vehicle on 103's rented space, no card on it — occupied without a
			// card
			new Seen(DAY, 3L, "粤B30004"),
			// nobody knows it, and the gate never let it in — unknown
			new Seen(DAY, 4L, "粤B39999"),
			// the visitor inside by the entry log on a vacant space — fine
			new Seen(DAY, 5L, "粤B38888"),
			// its monthly card ran out — card expired (a vacant space, not a resident's)
			new Seen(DAY, null, "粤B30005"),
			// a valid monthly card on a vacant space — fine
			new Seen(DAY, 6L, "粤B30007"),
			// 104's vehicle on a vacant space, no card at all — occupied without a card
			new Seen(DAY, 6L, "粤B30008"),
			// the same vehicle again later in the month: found once
			new Seen(DAY.plusDays(1), 2L, "粤B30003"),
			// the visitor's vehicle on 101's carded space — someone else's space
			new Seen(DAY, 1L, "粤B38888"));

	/** Inside by the entry log: the visitor, the cancelled card, a valid card. */
	static final Set<String> INSIDE = Set.of("粤B38888", "粤B30006", "粤B30007");

	@Test
	void findsEachKindOfParkedMismatchOnceAndNothingElse() {
		List<Mismatch> found = ParkedCheck.run(SPACES, CARDS, REGISTERED, SEEN, INSIDE, TODAY);
		assertThat(found).extracting(Mismatch::kind, Mismatch::subject, Mismatch::spaceId, Mismatch::unitId)
			.containsExactly(tuple(MismatchKind.CAR_IN_OTHERS_SPACE, "space:B2-002 plate:粤B30003", 2L, 102L),
					tuple(MismatchKind.SPACE_WITHOUT_CARD, "space:B2-003", 3L, 103L),
					tuple(MismatchKind.UNKNOWN_PLATE, "plate:粤B39999", 4L, null),
					tuple(MismatchKind.CARD_EXPIRED, "plate:粤B30005", null, null),
					tuple(MismatchKind.SPACE_WITHOUT_CARD, "space:B2-006", 6L, 104L),
					tuple(MismatchKind.CAR_IN_OTHERS_SPACE, "space:B2-001 plate:粤B38888", 1L, 101L),
					tuple(MismatchKind.CARD_EXPIRED, "plate:粤B30006", null, null));
	}

	@Test
	void theDetailSaysWhatWasSeenWhereAndWhoseSpaceItIs() {
		List<Mismatch> found = ParkedCheck.run(SPACES, CARDS, REGISTERED, SEEN, INSIDE, TODAY);
		assertThat(found).filteredOn(m -> m.subject().equals("space:B2-001 plate:粤B38888"))
			.singleElement()
			.extracting(Mismatch::detail)
			.isEqualTo("粤B38888 @ B2-001 2027-01-05 (?) ≠ 1-101 GD01 粤B30001");
		assertThat(found).filteredOn(m -> m.subject().equals("plate:粤B30005"))
			.singleElement()
			.extracting(Mismatch::detail)
			.isEqualTo("粤B30005 2027-01-05: YK05 ≤2027-01-04");
		assertThat(found).filteredOn(m -> m.subject().equals("plate:粤B30006"))
			.singleElement()
			.extracting(Mismatch::detail)
			.isEqualTo("粤B30006 2027-01-06: YK06 ✕");
	}

	@Test
	void aCardExpiredOnlyAfterTheWalkIsNotFound_andAPastMonthHasNoneInside() {
		List<Seen> seenBefore = List.of(new Seen(DAY.minusDays(1), null, "粤B30005"));
		assertThat(ParkedCheck.run(SPACES, CARDS, REGISTERED, seenBefore, Set.of(), TODAY)).isEmpty();
	}

	@Test
	void nothingSeenAndNobodyInsideFindsNothing() {
		assertThat(ParkedCheck.run(SPACES, CARDS, REGISTERED, List.of(), Set.of(), TODAY)).isEmpty();
	}

}
