package com.guanjia.movein;

import org.springframework.modulith.NamedInterface;

/** When a heavy-rain check of the custodial units is ordered (seed 002 "大雨前后"). */
@NamedInterface("api")
public enum HeavyRain {

	/** 大雨前: windows shut, drains clear. */
	BEFORE,
	/** 大雨后: no water came in, nothing broken. */
	AFTER;

	public String messageKey() {
		return "custody.rain." + name();
	}

}
