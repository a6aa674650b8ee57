package com.guanjia.archive;

import org.springframework.modulith.NamedInterface;

/** The kinds of papers kept in a unit's archive (R1.4, R8.5). */
@NamedInterface("api")
public enum DocumentType {

	/** 身份证复印件 — personal data: only roles that see ID numbers may open it. */
	ID_COPY(true),
	/** 购房合同 (房屋买卖契约) */
	PURCHASE_CONTRACT(false),
	/** 入伙通知书 */
	MOVE_IN_NOTICE(false),
	/** 托管协议 */
	CUSTODY_AGREEMENT(false),
	/** 委托书 — carries the proxy's ID number. */
	AUTHORIZATION(true),
	/** 受托人身份证复印件 */
	PROXY_ID_COPY(true),
	/** 单位证明 */
	COMPANY_PROOF(false),
	/** 住户登记表 */
	REGISTRATION_FORM(false),
	/** 协议 (物业服务协议、管理规约、消防安全责任书) */
	AGREEMENT(false),
	/** 房屋质量验收登记表 */
	ACCEPTANCE_SHEET(false),
	/** 业主签名 */
	SIGNATURE(false),
	/** 钥匙领取确认单 */
	KEY_RECEIPT(false),
	/** 检查记录 (托管房户外巡查) */
	CHECK_RECORD(false),
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
