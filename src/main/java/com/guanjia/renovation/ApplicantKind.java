package com.guanjia.renovation;

import org.springframework.modulith.NamedInterface;

/**
 * Who applies (R9.1; seed 002 "如业主委托他人代办，需提供委托书及受托人身份证"): the owner in person, or a proxy
 * with the owner's authorisation and their own ID.
 */
@NamedInterface("api")
public enum ApplicantKind {

	OWNER, PROXY;

	public String messageKey() {
		return "renovation.applicant." + name();
	}

}
