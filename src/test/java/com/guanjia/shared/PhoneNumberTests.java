package com.guanjia.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** R1.3: phones are normalized and masked in lists. */
class PhoneNumberTests {

	@Test
	void normalizesMobileNumbers() {
		assertThat(PhoneNumber.parse("phone", "+86 138 1234 5678").value()).isEqualTo("13812345678");
		assertThat(PhoneNumber.parse("phone", "138-1234-5678").value()).isEqualTo("13812345678");
	}

	@Test
	void normalizesLandlines() {
		assertThat(PhoneNumber.parse("phone", "075588886666").value()).isEqualTo("0755-88886666");
		assertThat(PhoneNumber.parse("phone", "010-12345678").value()).isEqualTo("010-12345678");
	}

	@Test
	void masksTheMiddle() {
		assertThat(PhoneNumber.parse("phone", "13812345678").masked()).isEqualTo("138****5678");
		assertThat(PhoneNumber.parse("phone", "0755-88886666").masked()).isEqualTo("0755-****6666");
		assertThat(PhoneNumber.parse("phone", "13812345678").lastFour()).isEqualTo("5678");
	}

	@Test
	void rejectsWhatIsNoPhone() {
		assertThatThrownBy(() -> PhoneNumber.parse("phone", "12345")).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> PhoneNumber.parse("phone", "23812345678")).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> PhoneNumber.parse("phone", "")).isInstanceOf(ValidationException.class);
	}

}
