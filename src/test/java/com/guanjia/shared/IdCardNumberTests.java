package com.guanjia.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * R1.3: ID-card numbers are checked with the GB 11643 check digit and masked in lists.
 */
class IdCardNumberTests {

	// 11010519491231002X is the worked example of GB 11643-1999.
	static final String VALID = "11010519491231002X";

	@Test
	void acceptsTheStandardsExampleAndALowerCaseX() {
		assertThat(IdCardNumber.parse("idNumber", VALID).value()).isEqualTo(VALID);
		assertThat(IdCardNumber.parse("idNumber", " 11010519491231002x ").value()).isEqualTo(VALID);
		assertThat(IdCardNumber.parse("idNumber", VALID).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void computesTheCheckCharacter() {
		assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		// 4403041990010100 1: weighted sum
		// 4*7+4*9+0*10+3*5+0*8+4*4+1*2+9*1+9*6+0*3+0*7+1*9+0*10+1*5+0*8+0*4+1*2 = 176,
		// 176 mod 11 = 0, so the check character is '1'.
		assertThat(IdCardNumber.checkCharacter("44030419900101001")).isEqualTo('1');
		assertThat(IdCardNumber.problemWith("440304199001010011")).isNull();
	}

	@Test
	void rejectsAWrongCheckDigit() {
		assertThat(IdCardNumber.problemWith("110105194912310021")).isEqualTo("validation.idCard.checkDigit");
		assertThatThrownBy(() -> IdCardNumber.parse("idNumber", "110105194912310021"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> {
				assertThat(ex.problems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("idNumber");
					assertThat(p.code()).isEqualTo("validation.idCard.checkDigit");
				});
			});
	}

	@Test
	void rejectsAWrongLength() {
		assertThat(IdCardNumber.problemWith("110105491231002")).isEqualTo("validation.idCard.length");
		assertThat(IdCardNumber.problemWith(VALID + "1")).isEqualTo("validation.idCard.length");
		assertThat(IdCardNumber.problemWith("")).isEqualTo("validation.idCard.length");
	}

	@Test
	void rejectsADateThatDoesNotExist() {
		// 1990-02-30 does not exist; the check digit is made right so only the date is
		// wrong.
		String first17 = "11010519900230001";
		assertThat(IdCardNumber.problemWith(first17 + IdCardNumber.checkCharacter(first17)))
			.isEqualTo("validation.idCard.birthDate");
		String month13 = "11010519901301001";
		assertThat(IdCardNumber.problemWith(month13 + IdCardNumber.checkCharacter(month13)))
			.isEqualTo("validation.idCard.birthDate");
	}

	@Test
	void rejectsLettersInsideTheNumber() {
		assertThat(IdCardNumber.problemWith("1101A5194912310021")).isEqualTo("validation.idCard.format");
	}

	@Test
	void masksAllButTheFirstThreeAndLastFour() {
		assertThat(IdCardNumber.parse("id", VALID).masked()).isEqualTo("110***********002X");
		assertThat(IdCardNumber.parse("id", VALID).toString()).doesNotContain("19491231");
	}

	/**
	 * R1.3 (GB 11643): check characters 0 and 9 are valid and a birth in 1900 is a date;
	 * a lower-case x, a letter or a leading zero are not an ID number. Check characters
	 * by hand: 11010519000101006 → Σ digit × weight = 78, 78 mod 11 = 1 → '0';
	 * 11010519000101007 → 80, 80 mod 11 = 3 → '9'.
	 */
	@Test
	void checkCharactersZeroAndNineAndTheYear1900() {
		assertThat(IdCardNumber.problemWith("110105190001010060")).isNull();
		assertThat(IdCardNumber.problemWith("110105190001010079")).isNull();
		assertThat(IdCardNumber.problemWith("110105189912310060")).isEqualTo("validation.idCard.birthDate");
		assertThat(IdCardNumber.problemWith("11010519491231002x")).isEqualTo("validation.idCard.format");
		assertThat(IdCardNumber.problemWith("11010519491231002A")).isEqualTo("validation.idCard.format");
		assertThat(IdCardNumber.problemWith("01010519491231002X")).isEqualTo("validation.idCard.format");
		assertThat(new IdCardNumber("110105190001010060")).hasToString("110***********0060");
	}

}
