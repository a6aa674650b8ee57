package com.guanjia.residents;

import org.springframework.modulith.NamedInterface;

/** How a party is tied to a unit. */
@NamedInterface("api")
public enum OccupantRole {

	/** 业主 */
	OWNER,
	/** 租户 */
	TENANT,
	/** 家庭成员/同住人 */
	HOUSEHOLD_MEMBER;

	public String messageKey() {
		return "resident.role." + name();
	}

}
