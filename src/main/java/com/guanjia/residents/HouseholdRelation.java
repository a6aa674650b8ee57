package com.guanjia.residents;

import org.springframework.modulith.NamedInterface;

/** How a household member is related to the owner (与业主关系). */
@NamedInterface("api")
public enum HouseholdRelation {

	/** 配偶 */
	SPOUSE,
	/** 子女 */
	CHILD,
	/** 父母 */
	PARENT,
	/** 兄弟姐妹 */
	SIBLING,
	/** 其他亲属 */
	RELATIVE,
	/** 保姆/家政 */
	DOMESTIC_HELPER,
	/** 其他 */
	OTHER;

	public String messageKey() {
		return "resident.relation." + name();
	}

}
