package com.guanjia.estate;

/** What a unit is used as. */
public enum UnitKind {

	/** 住宅 */
	RESIDENCE,
	/** 商铺 */
	SHOP,
	/** 办公 */
	OFFICE;

	public String messageKey() {
		return "unit.kind." + name();
	}

}
