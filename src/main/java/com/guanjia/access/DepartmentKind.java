package com.guanjia.access;

import org.springframework.modulith.NamedInterface;

/** The departments every community starts with; more can be added as data. */
@NamedInterface("api")
public enum DepartmentKind {

	/** 客服中心 */
	CUSTOMER_SERVICE,
	/** 工程部 */
	ENGINEERING,
	/** 保洁部 */
	CLEANING,
	/** 绿化部 */
	GREENING,
	/** 安保部 */
	SECURITY;

	public String messageKey() {
		return "department." + name();
	}

}
