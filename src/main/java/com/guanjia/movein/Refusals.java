package com.guanjia.movein;

import java.util.List;

import com.guanjia.shared.RuleViolationException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Refusals that name message keys the reader sees in their language: a step and a state,
 * or the list of what is still missing ({@code code.n} for a list of n, up to
 * {@link #MAX_LISTED}, the rest counted).
 */
final class Refusals {

	static final int MAX_LISTED = 6;

	private Refusals() {
	}

	static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	/** "缺少：A、B、C" for the keys given, in order. */
	static RuleViolationException listing(String code, List<String> keys) {
		int shown = Math.min(keys.size(), MAX_LISTED);
		Object[] args = new Object[shown + 1];
		for (int i = 0; i < shown; i++) {
			args[i] = resolvable(keys.get(i));
		}
		args[shown] = keys.size() - shown;
		return new RuleViolationException(code + "." + shown, args);
	}

}
