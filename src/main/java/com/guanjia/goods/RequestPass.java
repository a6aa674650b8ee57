package com.guanjia.goods;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A goods release pass as the desk writes it (R10.2): the unit, who asks (an owner or
 * tenant by their party or the ID card they present, anyone else by name), what leaves
 * ({@code goods}, at most {@value #MAX_LINES} lines), the plate when a vehicle carries
 * it, and the valid time in the community's zone; with the owner's consent when it was
 * already given ({@code null} to confirm later).
 */
@NamedInterface("api")
public record RequestPass(@Nullable Long unitId, @Nullable RequesterKind requesterKind, @Nullable Long requesterPartyId,
		@Nullable String requesterIdCard, @Nullable String requesterName, @Nullable List<@Nullable GoodsItem> goods,
		@Nullable String plate, @Nullable LocalDateTime validFrom, @Nullable LocalDateTime validUntil,
		@Nullable GiveConsent consent) {

	static final int MAX_LINES = 20;

	/** A pass is valid for at most a week: a move, or a renovation's clearing-out. */
	static final Duration MAX_WINDOW = Duration.ofDays(7);

	/**
	 * Checks every field; {@code today} in the community's zone: the window may start at
	 * the earliest yesterday (a paper pass written then and entered late).
	 */
	void validate(LocalDate today) {
		Problems p = new Problems();
		p.required("unitId", unitId).required("requesterKind", requesterKind);
		if (requesterKind == RequesterKind.OTHER) {
			p.text("requesterName", requesterName, 100);
		}
		else if (requesterKind != null && requesterPartyId == null) {
			p.text("requesterIdCard", requesterIdCard, 18);
		}
		goodsProblems(p);
		if (plate != null && !plate.isBlank()) {
			p.check(PlateNumber.isValid(PlateNumber.normalize(plate)), "plate", "validation.plate.format");
		}
		p.required("validFrom", validFrom).required("validUntil", validUntil);
		if (validFrom != null && validUntil != null) {
			p.check(validUntil.isAfter(validFrom), "validUntil", "goods.window.order");
			p.check(!validUntil.isAfter(validFrom.plus(MAX_WINDOW)), "validUntil", "goods.window.tooLong",
					MAX_WINDOW.toDays());
			p.check(!validFrom.toLocalDate().isBefore(today.minusDays(1)), "validFrom", "goods.window.past");
		}
		if (consent != null) {
			consent.validate(p);
		}
		p.throwIfAny();
	}

	private void goodsProblems(Problems p) {
		if (goods == null || goods.isEmpty()) {
			p.add("goods", "validation.required");
			return;
		}
		p.check(goods.size() <= MAX_LINES, "goods", "goods.lines.tooMany", MAX_LINES);
		for (int i = 0; i < goods.size(); i++) {
			GoodsItem item = goods.get(i);
			boolean ok = item != null && item.description() != null && !item.description().isBlank()
					&& item.description().strip().length() <= 100 && item.quantity() > 0 && item.quantity() <= 9999;
			if (!ok) {
				p.add("goods", "goods.lines.invalid", i + 1);
				return;
			}
		}
	}

	List<GoodsItem> cleanGoods() {
		return goods == null ? List.of()
				: goods.stream()
					.filter(i -> i != null)
					.map(i -> new GoodsItem(i.description().strip(), i.quantity()))
					.toList();
	}

	/**
	 * The owner's consent as the desk records it: how, which owner (their party), when
	 * (the time of the call or the signature; now when left out) and a note.
	 */
	@NamedInterface("api")
	public record GiveConsent(@Nullable ConsentMethod method, @Nullable Long ownerPartyId, @Nullable LocalDateTime at,
			@Nullable String note) {

		/** Whether nothing was entered: no consent given. */
		public boolean empty() {
			return method == null && ownerPartyId == null && at == null && (note == null || note.isBlank());
		}

		void validate(Problems p) {
			if (empty()) {
				return;
			}
			p.required("consentMethod", method).required("ownerPartyId", ownerPartyId);
			p.optionalText("consentNote", note, 200);
		}

	}

}
