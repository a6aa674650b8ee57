package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain rules of the residents' value types: mainland plates and unified social credit
 * codes (R1.3).
 */
class ValueTypeTests {

	@ParameterizedTest
	@ValueSource(strings = { "粤B12345", "京A0000F", "沪AD12345", "粤BFA1234", "粤B12345D", "苏E1234挂", "川A1234学" })
	void acceptsMainlandPlates(String plate) {
		assertThat(PlateNumber.isValid(plate)).isTrue();
		assertThat(new PlateNumber(plate).isNewEnergy()).isEqualTo(plate.length() == 8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "粤B1234", "XB12345", "粤I12345", "粤O12345", "粤BZ12345", "粤B123456", "粤B12345DD", "粤BDI1234",
			"" })
	void refusesOtherPlates(String plate) {
		assertThat(PlateNumber.isValid(plate)).isFalse();
		assertThatThrownBy(() -> new PlateNumber(plate)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "粤b·12345,粤B12345", "' 粤B 12345 ',粤B12345", "粤B-D1234-5,粤BD12345" })
	void normalizesPlates(String input, String normalized) {
		assertThat(PlateNumber.normalize(input)).isEqualTo(normalized);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000600037341L", "914403001922038216" })
	void acceptsCreditCodesWithTheirCheckCharacter(String code) {
		assertThat(UnifiedSocialCreditCode.problemWith(code)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y44,validation.creditCode.checkDigit",
			"91350100M000100Y4,validation.creditCode.length", "91350100M000100YI3,validation.creditCode.format",
			"913501O0M000100Y43,validation.creditCode.format", "9135A100M000100Y43,validation.creditCode.format" })
	void explainsBadCreditCodes(String code, String problem) {
		assertThat(UnifiedSocialCreditCode.problemWith(code)).isEqualTo(problem);
	}

}
