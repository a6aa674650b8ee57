package com.guanjia.keys;

import org.springframework.modulith.NamedInterface;

/** What arrived for a unit (R10.3). */
@NamedInterface("api")
public enum MailKind {

	/** 信件 */
	LETTER,
	/** 包裹/快递 */
	PARCEL,
	/** 挂号信 (signed for) */
	REGISTERED;

	public String messageKey() {
		return "mail.kind." + name();
	}

}
