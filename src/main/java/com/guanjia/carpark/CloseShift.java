package com.guanjia.carpark;

import java.math.BigDecimal;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The handover form as the outgoing guard fills it in (停车场值班交接班登记表, R12.4): who hands
 * over and who takes over, the shift's events (值班记事), radios (对讲机 部), keys (锁匙 把), batons
 * (胶木棍 根), torches (手电筒 把), the parking fees collected (停车费 元), the tickets (票 张), notes
 * (备注, which must explain a difference between the fees and the receipts).
 */
public record CloseShift(@Nullable String handedOverBy, @Nullable String takenOverBy, @Nullable String events,
		@Nullable Integer radios, @Nullable Integer keys, @Nullable Integer batons, @Nullable Integer torches,
		@Nullable BigDecimal fees, @Nullable Integer tickets, @Nullable String notes) {

	void validate() {
		Problems p = new Problems();
		p.text("handedOverBy", handedOverBy, 50);
		p.text("takenOverBy", takenOverBy, 50);
		p.check(handedOverBy == null || takenOverBy == null || !handedOverBy.strip().equals(takenOverBy.strip()),
				"takenOverBy", "carpark.shift.sameTaker");
		p.optionalText("events", events, 2000);
		count(p, "radios", radios);
		count(p, "keys", keys);
		count(p, "batons", batons);
		count(p, "torches", torches);
		count(p, "tickets", tickets);
		p.required("fees", fees);
		if (fees != null) {
			p.check(fees.signum() >= 0, "fees", "carpark.amountNegative");
			p.check(fees.stripTrailingZeros().scale() <= 2, "fees", "validation.scale2");
		}
		p.optionalText("notes", notes, 500);
		p.throwIfAny();
	}

	private static void count(Problems p, String field, @Nullable Integer value) {
		p.required(field, value);
		p.check(value == null || (value >= 0 && value <= 999), field, "carpark.shift.count");
	}

}
