package com.guanjia.archive;

/** The kinds of papers kept in a unit's archive (R1.4, R8.5). */
public enum DocumentType {

	/** 身份证复印件 — personal data: only roles that see ID numbers may open it. */
	ID_COPY(true),
	/** 购房合同 */
	PURCHASE_CONTRACT(false),
	/** 入伙通知书 */
	MOVE_IN_NOTICE(false),
	/** 托管协议 */
	CUSTODY_AGREEMENT(false),
	/** 委托书 — carries the proxy's ID number. */
	AUTHORIZATION(true),
	/** 单位证明 */
	COMPANY_PROOF(false),
	/** 住户登记表 */
	REGISTRATION_FORM(false),
	/** 装修资料 */
	RENOVATION(false),
	/** 其他 */
	OTHER(false);

	private final boolean personal;

	DocumentType(boolean personal) {
		this.personal = personal;
	}

	/** Whether the document shows an ID number, so opening it needs PERSONAL_ID_VIEW. */
	public boolean personal() {
		return personal;
	}

	public String messageKey() {
		return "archive.doc." + name();
	}

}
