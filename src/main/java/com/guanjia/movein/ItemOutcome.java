package com.guanjia.movein;

import org.springframework.modulith.NamedInterface;

/** How one item of the acceptance sheet was found. */
@NamedInterface("api")
public enum ItemOutcome {

	/** 合格 */
	PASS,
	/** 不合格: a defect. */
	FAIL,
	/** 无此项 */
	NOT_APPLICABLE;

	public String messageKey() {
		return "acceptance.outcome." + name();
	}

}
