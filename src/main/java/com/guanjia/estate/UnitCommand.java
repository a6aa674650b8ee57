package com.guanjia.estate;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What staff enter to register or change a unit. Building area is in m² with at most two
 * decimals and must be positive (R1.1); a unit that has been handed over needs its
 * handover date.
 */
@NamedInterface("api")
public record UnitCommand(@Nullable Long buildingId, @Nullable String entrance, @Nullable String roomNo,
		@Nullable UnitKind kind, @Nullable Integer floor, @Nullable BigDecimal buildingArea, @Nullable UnitState state,
		@Nullable LocalDate handoverDate) {

	static final BigDecimal MAX_AREA = new BigDecimal("99999.99");

	void validate(Problems p) {
		p.required("buildingId", buildingId);
		validateFields(p, "");
	}

	/** Field checks shared by the form, the API and the spreadsheet import. */
	void validateFields(Problems p, String prefix) {
		p.text(prefix + "roomNo", roomNo, 20);
		if (roomNo != null && !roomNo.isBlank()) {
			p.check(roomNo.strip().matches("[0-9A-Za-z]+"), prefix + "roomNo", "validation.roomNo");
		}
		p.optionalText(prefix + "entrance", entrance, 10);
		if (entrance != null && !entrance.isBlank()) {
			p.check(entrance.strip().matches("[0-9A-Za-z]+"), prefix + "entrance", "validation.entrance");
		}
		p.required(prefix + "kind", kind);
		p.check(floor == null || (floor >= -10 && floor <= 200), prefix + "floor", "validation.range", -10, 200);
		if (buildingArea == null) {
			p.add(prefix + "buildingArea", "validation.required");
		}
		else {
			p.check(buildingArea.signum() > 0, prefix + "buildingArea", "validation.area.positive");
			p.check(buildingArea.stripTrailingZeros().scale() <= 2, prefix + "buildingArea", "validation.area.scale");
			p.check(buildingArea.compareTo(MAX_AREA) <= 0, prefix + "buildingArea", "validation.area.max", MAX_AREA);
		}
		p.required(prefix + "state", state);
		if (state != null) {
			p.check(!state.isHandedOver() || handoverDate != null, prefix + "handoverDate",
					"validation.handoverDate.required");
			p.check(state.isHandedOver() || handoverDate == null, prefix + "handoverDate",
					"validation.handoverDate.unsold");
		}
	}

	String entranceOrBlank() {
		return entrance == null ? "" : entrance.strip();
	}

	static String label(String buildingCode, String entrance, String roomNo) {
		return entrance.isBlank() ? buildingCode + "-" + roomNo : buildingCode + "-" + entrance + "-" + roomNo;
	}

}
