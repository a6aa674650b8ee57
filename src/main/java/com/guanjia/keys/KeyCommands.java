package com.guanjia.keys;

import java.time.LocalDate;

import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What staff enter at the key register. */
public final class KeyCommands {

	private KeyCommands() {
	}

	/** A numbered item put in its place (柜A-12号钩). */
	@NamedInterface("api")
	public record RegisterItem(@Nullable Long unitId, @Nullable KeyKind kind, @Nullable String code,
			@Nullable String place) {

		void validate() {
			Problems p = new Problems();
			p.required("unitId", unitId).required("kind", kind);
			p.text("code", code, 30);
			p.optionalText("place", place, 50);
			p.throwIfAny();
		}

	}

	/**
	 * An item handed to its holder: a resident of the unit, or a name; a car card with
	 * its plate and validity (办理住户卡或车卡).
	 */
	public record IssueItem(@Nullable Long holderPartyId, @Nullable String holderName, @Nullable String plate,
			@Nullable LocalDate validUntil) {

		void validate(KeyKind kind, LocalDate today) {
			Problems p = new Problems();
			p.check(holderPartyId != null || (holderName != null && !holderName.isBlank()), "holderName",
					"validation.required");
			p.optionalText("holderName", holderName, 100);
			if (kind == KeyKind.CAR_CARD) {
				if (plate == null || plate.isBlank()) {
					p.add("plate", "validation.required");
				}
				else {
					p.check(PlateNumber.isValid(PlateNumber.normalize(plate)), "plate", "validation.plate.format");
				}
			}
			if (kind.card()) {
				p.required("validUntil", validUntil);
				p.check(validUntil == null || validUntil.isAfter(today), "validUntil", "keys.validUntil.past");
			}
			p.throwIfAny();
		}

	}

	/**
	 * A unit's key lent: the ID number the borrower presents (checked against the unit's
	 * owners and their authorisations, R10.1) and what for.
	 */
	@NamedInterface("api")
	public record LendKey(@Nullable String idCardNumber, @Nullable String purpose) {

		void validate() {
			Problems p = new Problems();
			p.text("idCardNumber", idCardNumber, 18);
			p.text("purpose", purpose, 200);
			p.throwIfAny();
		}

	}

	/** A letter or parcel logged for a unit at the desk. */
	@NamedInterface("api")
	public record LogMail(@Nullable Long unitId, @Nullable MailKind kind, @Nullable String addressee,
			@Nullable String sender, @Nullable String trackingNo) {

		void validate() {
			Problems p = new Problems();
			p.required("unitId", unitId).required("kind", kind);
			p.optionalText("addressee", addressee, 100);
			p.optionalText("sender", sender, 100);
			p.optionalText("trackingNo", trackingNo, 40);
			p.throwIfAny();
		}

	}

}
