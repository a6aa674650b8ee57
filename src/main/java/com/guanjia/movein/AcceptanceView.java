package com.guanjia.movein;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A house acceptance as the phone page and the API show it: the sheet of rooms × items (a
 * failed item is a defect with its note, photos, work order and re-check), the base
 * readings, the booked re-check, the owner's signature, {@code actions}: the steps it
 * allows now, and {@code roomsToPass}: the rooms whose unrecorded rest can pass in one
 * step.
 */
@NamedInterface("api")
public record AcceptanceView(long id, long communityId, long caseId, long unitId, String unitLabel,
		AcceptanceStatus status, int round, List<String> rooms, List<Line> items, @Nullable Readings readings,
		@Nullable Instant recheckAt, @Nullable String signedBy, @Nullable Long signatureFileId,
		@Nullable Instant signedAt, int unchecked, int openDefects, int version, List<AcceptanceAction> actions,
		List<String> roomsToPass) {

	/** One line of the sheet. */
	@Schema(name = "AcceptanceLine")
	@NamedInterface("api")
	public record Line(String room, int position, String text, @Nullable ItemOutcome outcome, @Nullable String note,
			List<Long> photoFileIds, @Nullable Long workOrderId, @Nullable String workOrderNumber,
			@Nullable Instant fixedAt, @Nullable ItemOutcome recheck, boolean openDefect) {
	}

	/** The base readings confirmed with the owner. */
	public record Readings(String waterCode, BigDecimal water, String electricityCode, BigDecimal electricity,
			@Nullable String gasCode, @Nullable BigDecimal gas, String confirmedBy, Instant at) {
	}

	static AcceptanceView of(HouseAcceptance a) {
		HouseAcceptance.Readings r = a.readings();
		HouseAcceptance.Signature s = a.signature();
		List<Line> lines = a.items()
			.stream()
			.map(i -> new Line(i.room(), i.position(), i.text(), i.outcome(), i.note(), i.photoFileIds(),
					i.workOrderId(), i.workOrderNumber(), i.fixedAt(), i.recheck(), i.openDefect()))
			.toList();
		List<String> rooms = lines.stream().map(Line::room).distinct().toList();
		return new AcceptanceView(a.id(), a.communityId(), a.caseId(), a.unitId(), a.unitLabel(), a.status(), a.round(),
				rooms, lines,
				r == null ? null
						: new Readings(r.waterCode(), r.water(), r.electricityCode(), r.electricity(), r.gasCode(),
								r.gas(), r.confirmedBy(), r.at()),
				a.recheckAt(), s == null ? null : s.name(), s == null ? null : s.fileId(), s == null ? null : s.at(),
				(int) lines.stream().filter(l -> l.outcome() == null).count(), a.openDefects().size(), a.version(),
				List.copyOf(a.possibleSteps()), rooms.stream().filter(a::allowsPassingRest).toList());
	}

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

	/**
	 * Whether the rest of this room can pass in one step now (the model's answer, kept in
	 * {@code roomsToPass}).
	 */
	public boolean canPassRest(String room) {
		return roomsToPass.contains(room);
	}

	/** The lines of one room, for the page. */
	public List<Line> of(String room) {
		return items.stream().filter(l -> l.room().equals(room)).toList();
	}

}
