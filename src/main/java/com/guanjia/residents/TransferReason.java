package com.guanjia.residents;

import org.springframework.modulith.NamedInterface;

/** Why the ownership of a unit changed hands (R1.4). */
@NamedInterface("api")
public enum TransferReason {

	/** 买卖 */
	SALE,
	/** 赠与 */
	GIFT,
	/** 继承 */
	INHERITANCE,
	/** 法院判决 */
	COURT_ORDER,
	/** 其他 */
	OTHER;

	public String messageKey() {
		return "transfer.reason." + name();
	}

}
