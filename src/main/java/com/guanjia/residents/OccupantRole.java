package com.guanjia.residents;

/** How a party is tied to a unit. */
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
