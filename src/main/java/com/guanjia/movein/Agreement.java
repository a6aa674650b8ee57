package com.guanjia.movein;

import org.springframework.modulith.NamedInterface;

/** The agreements the new owner signs (R8.2, seed 002 "签订相关规定或协议"). */
@NamedInterface("api")
public enum Agreement {

	/** 物业服务协议 */
	PROPERTY_SERVICE,
	/** 管理规约（住户守则） */
	HOUSE_RULES,
	/** 消防安全责任书 */
	FIRE_SAFETY;

	public String messageKey() {
		return "movein.agreement." + name();
	}

}
