package com.guanjia.movein;

import static com.guanjia.movein.AcceptanceStatus.DEFECTS;
import static com.guanjia.movein.AcceptanceStatus.INSPECTING;
import static com.guanjia.movein.AcceptanceStatus.PASSED;
import static com.guanjia.movein.AcceptanceStatus.RECHECK_BOOKED;
import static com.guanjia.movein.AcceptanceStatus.REPAIRED;
import static com.guanjia.movein.AcceptanceStatus.REPAIRING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a house acceptance and the states each may be taken from (seed 002:
 * "维修部专业人员…按“房屋质量验收登记表”逐项检查验收；查抄水表、电表、煤气表底数并共同确认；质量问题记录在“房屋质量验收登记表”上，客户服务中心据此填写…
 * 维修工作单…；维修部复检合格后，客户服务中心及时与业主联系，确认再次验收时间…；验收合格请业主…签字确认").
 */
public enum AcceptanceAction {

	/** The sheet of rooms × items is laid out (the first step). */
	START(),
	/**
	 * One item of one room checked: passes, fails (a defect, with a note and photos),
	 * n/a.
	 */
	RECORD_ITEM(INSPECTING),
	/**
	 * Every line of one room not recorded yet passes, in one step (本房间其余项目合格); a line
	 * already recorded keeps its outcome.
	 */
	PASS_ROOM(INSPECTING),
	/** Water, electricity and gas base readings confirmed jointly with the owner. */
	RECORD_READINGS(INSPECTING),
	/** Every item checked: passed, or defects to put right. */
	FINISH(INSPECTING),
	/** Every defect becomes a handover-defect work order, in one action. */
	ORDER_DEFECTS(DEFECTS),
	/** A defect's work order is done (by itself, from the work order's events). */
	DEFECT_FIXED(REPAIRING),
	/** The second acceptance's time agreed with the owner. */
	BOOK_RECHECK(REPAIRED),
	/** The second acceptance: each defect checked again. */
	RECHECK(RECHECK_BOOKED),
	/** The owner signs the accepted house. */
	SIGN(PASSED);

	private final Set<AcceptanceStatus> from;

	AcceptanceAction(AcceptanceStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(AcceptanceStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(AcceptanceStatus status) {
		return from.contains(status);
	}

	boolean byStaff() {
		return this != START && this != DEFECT_FIXED;
	}

	public String messageKey() {
		return "acceptance.action." + name();
	}

}
