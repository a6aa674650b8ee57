package com.guanjia.goods;

import org.jspecify.annotations.Nullable;

/**
 * What the guard sees after scanning or typing a pass number: whether the goods may leave
 * on it now ({@code releasable}), and if not why ({@code refusal}, a message key:
 * unknown, not confirmed, used, expired, cancelled, not yet valid); the pass, null when
 * no pass of the community has the number.
 */
public record GateCheck(String number, boolean releasable, @Nullable String refusal, @Nullable GoodsPassView pass) {

	static GateCheck of(String number, @Nullable GoodsPassView pass, @Nullable String refusal) {
		return new GateCheck(number, pass != null && refusal == null, refusal, pass);
	}

}
