package com.guanjia.renovation;

import org.springframework.modulith.NamedInterface;

/**
 * The papers of a renovation (R9.1, R9.2; seed 002
 * "资料归档：委托书、受托人身份证复印件、装修协议、拆改主体结构获房产主管部门的批准书"): the three drawings, the signed agreement
 * and liability pledge, a proxy's authorisation and ID copy, the housing authority's
 * approval, and the photos of the completion acceptance.
 */
@NamedInterface("api")
public enum DocumentKind {

	/** 装修平面图 */
	FLOOR_PLAN(false),
	/** 电路走向图 */
	ELECTRICAL(false),
	/** 给排水布置图 */
	PLUMBING(false),
	/** 装修协议 (signed) */
	AGREEMENT(false),
	/** 装修责任承诺书 (signed) */
	PLEDGE(false),
	/** 委托书 — carries the proxy's ID number. */
	AUTHORIZATION(true),
	/** 受托人身份证复印件 */
	PROXY_ID(true),
	/** 房地产行政主管部门的批准书 (拆改主体结构、明显加大荷载) */
	STRUCTURAL_APPROVAL(false),
	/** 竣工验收照片 */
	ACCEPTANCE_PHOTO(false),
	/** 其他 */
	OTHER(false);

	private final boolean personal;

	DocumentKind(boolean personal) {
		this.personal = personal;
	}

	/** Whether the paper shows an ID number, so opening it needs PERSONAL_ID_VIEW. */
	public boolean personal() {
		return personal;
	}

	/**
	 * Whether it is handed in with the application (the page's upload form offers it).
	 */
	public boolean ofApplication() {
		return this != ACCEPTANCE_PHOTO;
	}

	public String messageKey() {
		return "renovation.doc." + name();
	}

}
