package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A card to issue (R12.2, R8.6): the kind, the plate and holder, for a fixed space the
 * unit and the space, the first day and the number of months; a monthly card is paid at
 * once (method, cash tendered), a fixed space's rent comes with the unit's bills. The
 * request key makes a double submit issue one card.
 */
@NamedInterface("api")
public record IssueCard(@Nullable CardKind kind, @Nullable String plate, @Nullable String holderName,
		@Nullable Long unitId, @Nullable Long spaceId, @Nullable LocalDate validFrom, @Nullable Integer months,
		@Nullable PaymentMethod method, @Nullable BigDecimal tendered, @Nullable String requestKey) {

	void validate() {
		Problems p = new Problems();
		p.required("kind", kind);
		Plates.check(p, "plate", plate);
		p.text("holderName", holderName, 50);
		p.required("cardMonths", months);
		p.check(months == null || (months >= 1 && months <= 24), "cardMonths", "carpark.card.months");
		if (kind == CardKind.FIXED_SPACE) {
			p.required("unitId", unitId);
			p.required("spaceId", spaceId);
		}
		if (kind == CardKind.MONTHLY) {
			p.required("method", method);
		}
		p.optionalText("requestKey", requestKey, 60);
		p.throwIfAny();
	}

	String normalizedPlate() {
		return PlateNumber.normalize(plate);
	}

}
