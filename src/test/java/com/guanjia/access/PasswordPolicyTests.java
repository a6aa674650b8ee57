package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a new password must be (issue 9 item 10, NIST SP 800-63B 5.1.1.2): 10 characters
 * or more, not a common one (the bundled top-10,000 list, also with digits added), not
 * trivially patterned, not containing the username — and nothing about kinds of
 * characters.
 */
class PasswordPolicyTests {

	final PasswordPolicy policy = PasswordPolicy.standard();

	@ParameterizedTest
	@CsvSource({ "'', validation.password", "short, validation.password", "abcdef12!, validation.password",
			"aaaaaaaaaaaa, validation.password.trivial", "1111111111, validation.password.trivial",
			"0123456789, validation.password.trivial", "9876543210, validation.password.trivial",
			"abcdefghijkl, validation.password.trivial", "abababababab, validation.password.trivial",
			"abcabcabcabc, validation.password.trivial", "qwertyuiop, validation.password.common",
			"1qaz2wsx3edc, validation.password.common", "Password2026!, validation.password.common",
			"baseball12345, validation.password.common", "woaini1314520, validation.password.common",
			"guanjia123, validation.password.common", "GuanJia2026, validation.password.common",
			"wangli-1987-10, validation.password.username" })
	void refuses(String password, String code) {
		assertThat(problems(password, "wangli")).extracting(FieldProblem::code).containsExactly(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "secret-pass-1", "long-enough-1", "horse battery staple", "阳光花园三号楼的管家", "correct-Horse-7",
			"Zq8#mP2!vL" })
	void accepts(String password) {
		assertThat(problems(password, "wangli")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "密码密码密码密码密码", "这是一个很长很长的中文密码句子吧这是一个很长很长的中文密码句子吧" })
	void countsCharactersAndLimitsBytes(String password) {
		List<FieldProblem> problems = problems(password, "wangli");
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).code()).isIn("validation.password.trivial", "validation.password.tooLong");
	}

	List<FieldProblem> problems(String password, String username) {
		Problems p = new Problems();
		policy.check(p, "password", password, username);
		return p.list();
	}

}
