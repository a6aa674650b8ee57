package com.guanjia.residents;

import java.util.concurrent.atomic.AtomicInteger;

import com.guanjia.shared.IdCardNumber;

/**
 * Valid and unique personal data for tests: ID-card numbers with a correct check digit,
 * mobiles, plates.
 */
public final class People {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 900));

	private People() {
	}

	/**
	 * A valid ID number born on 1980-01-01 + n days in Beijing Dongcheng (110101), unique
	 * per call.
	 */
	public static String idCard() {
		int n = SEQ.incrementAndGet();
		String birth = java.time.LocalDate.of(1960, 1, 1).plusDays(n % 15000).toString().replace("-", "");
		String first17 = "110101" + birth + String.format("%03d", n % 1000);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	/** A valid mobile number ending with the four digits. */
	public static String mobile(String lastFour) {
		return "139" + String.format("%04d", SEQ.incrementAndGet() % 10000) + lastFour;
	}

	public static String mobile() {
		return mobile(String.format("%04d", SEQ.incrementAndGet() % 10000));
	}

	/** A valid regular plate of Shenzhen, unique per call: 粤B + five digits. */
	public static String plate() {
		return "粤B" + String.format("%05d", SEQ.incrementAndGet() % 100000);
	}

}
