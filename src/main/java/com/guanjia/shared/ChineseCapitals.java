package com.guanjia.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of renminbi in Chinese capitals (大写金额), as receipts and vouchers must show
 * it, by the rules of 《正确填写票据和结算凭证的基本规定》: the digits 零壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿; 整 after 元
 * (and after 角) when there are no 分, never after 分; one 零 for a run of zeros inside the
 * number and where a section of 万 or 亿 starts with zeros; 零 after 元 when the 角 is zero
 * and the 分 is not (10.01 → 壹拾元零壹分); a leading ten written 壹拾; amounts below a yuan
 * without 元 (0.05 → 伍分). A negative amount (a red reversal, 红冲) starts with 负.
 */
public final class ChineseCapitals {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] PLACES = { "", "拾", "佰", "仟" };

	private static final String[] SECTIONS = { "", "万", "亿", "万亿" };

	private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

	private ChineseCapitals() {
	}

	public static String of(Money money) {
		return of(money.amount());
	}

	/** The amount, rounded half-up to the fen, in capitals. */
	public static String of(BigDecimal amount) {
		BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
		if (fen.abs().compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("amount too large for capitals: " + amount);
		}
		String sign = fen.signum() < 0 ? "负" : "";
		BigDecimal abs = fen.abs();
		long yuan = abs.longValue();
		int cents = abs.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValueExact();
		int jiao = cents / 10;
		int fenDigit = cents % 10;
		StringBuilder out = new StringBuilder(sign);
		if (yuan == 0 && cents == 0) {
			return out.append("零元整").toString();
		}
		if (yuan > 0) {
			out.append(integer(yuan)).append('元');
		}
		if (jiao > 0) {
			out.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (yuan > 0 && fenDigit > 0) {
			out.append('零');
		}
		if (fenDigit > 0) {
			out.append(DIGITS.charAt(fenDigit)).append('分');
		}
		else {
			out.append('整');
		}
		return out.toString();
	}

	/** A whole number of yuan: sections of four digits, each with its 万 or 亿. */
	private static String integer(long n) {
		int[] sections = new int[4];
		int count = 0;
		for (long rest = n; rest > 0; rest /= 10_000) {
			sections[count++] = (int) (rest % 10_000);
		}
		StringBuilder out = new StringBuilder();
		boolean zeroPending = false;
		for (int i = count - 1; i >= 0; i--) {
			int section = sections[i];
			if (section == 0) {
				zeroPending = out.length() > 0;
				continue;
			}
			if (out.length() > 0 && (zeroPending || section < 1000)) {
				out.append('零');
			}
			out.append(section(section)).append(SECTIONS[i]);
			zeroPending = false;
		}
		return out.toString();
	}

	/** 1–9999 without a leading 零: 壹仟零伍, 壹拾, 贰佰叁拾. */
	private static String section(int n) {
		StringBuilder out = new StringBuilder();
		boolean zero = false;
		for (int place = 3; place >= 0; place--) {
			int digit = (int) (n / Math.pow(10, place)) % 10;
			if (digit == 0) {
				zero = out.length() > 0;
				continue;
			}
			if (zero) {
				out.append('零');
				zero = false;
			}
			out.append(DIGITS.charAt(digit)).append(PLACES[place]);
		}
		return out.toString();
	}

}
