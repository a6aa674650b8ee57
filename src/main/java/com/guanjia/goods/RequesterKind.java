package com.guanjia.goods;

import org.springframework.modulith.NamedInterface;

/**
 * Who asks for the pass. Only an owner's word releases goods: a tenant moving out or a
 * worker carrying things away needs the owner's confirmation (seed 003 "联系业主确认无误").
 */
@NamedInterface("api")
public enum RequesterKind {

	/** 业主 — a current owner of the unit. */
	OWNER,
	/** 租户 — a current tenant of the unit. */
	TENANT,
	/** 装修工人、搬家公司等 — named on the pass, not registered. */
	OTHER;

	public String messageKey() {
		return "goods.requester." + name();
	}

}
