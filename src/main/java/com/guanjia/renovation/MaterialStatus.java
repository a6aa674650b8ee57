package com.guanjia.renovation;

/**
 * Where a delivery of renovation materials at the gate stands (R9.7): reported by the
 * guard, approved by the butler who went to see it, or refused (the owner told).
 */
public enum MaterialStatus {

	REPORTED, APPROVED, REFUSED;

	public String messageKey() {
		return "material.status." + name();
	}

}
