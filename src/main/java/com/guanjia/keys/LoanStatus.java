package com.guanjia.keys;

/** A key loan: out until the key is back ("当天借用出去的钥匙当天跟踪归还"). */
public enum LoanStatus {

	OUT, RETURNED;

	public String messageKey() {
		return "keys.loan.status." + name();
	}

}
