package com.guanjia.estate;

import org.springframework.modulith.NamedInterface;

/** What a unit is used as. */
@NamedInterface("api")
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
