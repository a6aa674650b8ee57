package com.guanjia.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * R1.3: personal data is masked in every list and shown whole only to a role that needs
 * it; a value that is not a valid number (legacy data) is still masked, never shown
 * whole.
 */
class MaskingTests {

	static final String ID = "11010519491231002X";

	@Test
	void r1_3_aMobileShowsItsFirstThreeAndLastFourDigits() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		// written with the country code and spaces: the same number, the same mask
		assertThat(Masking.phone("+86 138 1234 5678")).isEqualTo("138****5678");
	}

	@Test
	void r1_3_aLandlineShowsItsAreaCodeAndLastFourDigits() {
		assertThat(Masking.phone("0755-88886666")).isEqualTo("0755-****6666");
	}

	@Test
	void r1_3_legacyDataThatIsNoPhoneNumberKeepsOnlyItsLastFourCharacters() {
		assertThat(Masking.phone("8886666")).isEqualTo("***6666");
		assertThat(Masking.phone("12345")).isEqualTo("*2345");
		// four characters or fewer: nothing of it is shown
		assertThat(Masking.phone("6666")).isEqualTo("****");
		assertThat(Masking.phone("666")).isEqualTo("****");
	}

	@Test
	void r1_3_aPhoneIsShownWholeOnlyWhenTheViewerMaySeeIt() {
		assertThat(Masking.phone("13812345678", false)).isEqualTo("138****5678");
		assertThat(Masking.phone("13812345678", true)).isEqualTo("13812345678");
		assertThat(Masking.phone("12345", true)).isEqualTo("12345");
		assertThat(Masking.phone(null, false)).isNull();
		assertThat(Masking.phone(null, true)).isNull();
		assertThat(Masking.phones(List.of("13812345678", "0755-88886666"), false)).containsExactly("138****5678",
				"0755-****6666");
		assertThat(Masking.phones(List.of("13812345678", "0755-88886666"), true)).containsExactly("13812345678",
				"0755-88886666");
	}

	@Test
	void r1_3_anIdNumberShowsItsFirstThreeAndLastFourCharacters() {
		assertThat(Masking.idCard(ID)).isEqualTo("110***********002X");
		assertThat(Masking.idCard(ID, false)).isEqualTo("110***********002X");
		assertThat(Masking.idCard(ID, true)).isEqualTo(ID);
		assertThat(Masking.idCard(null, false)).isNull();
		assertThat(Masking.idCard(null, true)).isNull();
	}

	@Test
	void r1_3_aMalformedIdNumberKeepsOnlyItsFirstThreeCharacters() {
		// a wrong check digit, a short legacy value
		assertThat(Masking.idCard("110105194912310021")).isEqualTo("110***");
		assertThat(Masking.idCard("110105194912310021", false)).isEqualTo("110***");
		assertThat(Masking.idCard("12")).isEqualTo("12***");
	}

	@Test
	void r1_3_aNameForTheGateKeepsItsFirstCharacter() {
		assertThat(Masking.name("陈志强")).isEqualTo("陈**");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masking.name(" 林 ")).isEqualTo("林");
		assertThat(Masking.name("𠀋小明")).isEqualTo("𠀋**");
		assertThat(Masking.name("")).isEmpty();
	}

}
