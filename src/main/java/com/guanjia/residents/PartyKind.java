package com.guanjia.residents;

import org.springframework.modulith.NamedInterface;

/** A resident is a natural person or a company (companies can own units, R1.3). */
@NamedInterface("api")
public enum PartyKind {

	/** 个人 */
	PERSON,
	/** 单位/公司 */
	COMPANY;

	public String messageKey() {
		return "resident.kind." + name();
	}

}
