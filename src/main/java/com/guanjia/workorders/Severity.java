package com.guanjia.workorders;

import org.springframework.modulith.NamedInterface;

/**
 * How serious a complaint is (R4.2), chosen at intake with the guidance text of
 * {@link #guidanceKey()}.
 */
@NamedInterface("api")
public enum Severity {

	/** 重大: seriously affects life, safety or the company's image. */
	MAJOR,
	/** 重要: a mistake of management or service. */
	IMPORTANT,
	/** 轻微: isolated, occasional, slight. */
	MINOR;

	public String messageKey() {
		return "complaint.severity." + name();
	}

	public String guidanceKey() {
		return "complaint.severity." + name() + ".guidance";
	}

}
