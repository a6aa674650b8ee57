package com.guanjia.renovation;

import org.springframework.modulith.NamedInterface;

/**
 * The two daily checks of a renovation under way (R9.5): the site against the renovation
 * checklist (二次装修日检表) during the working day, and the corridor's cleanliness half an hour
 * to an hour before the end of the day (seed 003 "每日下午下班提前半小时至1小时检查装修单元的楼道卫生").
 */
@NamedInterface("api")
public enum SiteCheckKind {

	SITE, CORRIDOR;

	/** The code of its checklist template in the inspections engine. */
	String templateCode() {
		return "RENOVATION_" + name();
	}

	public String messageKey() {
		return "renovation.check." + name();
	}

}
