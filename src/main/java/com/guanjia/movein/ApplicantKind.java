package com.guanjia.movein;

import org.springframework.modulith.NamedInterface;

/** Who comes to receive the unit (R8.1; seed 002 "①验明客户资料"). */
@NamedInterface("api")
public enum ApplicantKind {

	/** 业主本人办理 */
	OWNER,
	/** 业主委托他人代为办理 */
	PROXY,
	/** 单位购买 */
	COMPANY;

	public String messageKey() {
		return "movein.applicant." + name();
	}

}
