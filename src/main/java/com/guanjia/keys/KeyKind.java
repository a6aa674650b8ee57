package com.guanjia.keys;

import org.springframework.modulith.NamedInterface;

/** What the register holds (R10.1; seed 003 item 24). */
@NamedInterface("api")
public enum KeyKind {

	/** 单元钥匙 (also of shops, 店面钥匙) */
	UNIT_KEY,
	/** 住户卡 */
	RESIDENT_CARD,
	/** 车卡 */
	CAR_CARD,
	/** 未领用的可视对讲机 */
	INTERCOM_HANDSET;

	/** A card is issued to a resident and may be renewed (车卡续期). */
	public boolean card() {
		return this == RESIDENT_CARD || this == CAR_CARD;
	}

	/** Only a unit's key is lent out and brought back the same day. */
	public boolean lendable() {
		return this == UNIT_KEY;
	}

	public String messageKey() {
		return "keys.kind." + name();
	}

}
