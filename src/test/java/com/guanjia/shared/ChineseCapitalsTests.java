package com.guanjia.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10 item 16: a receipt shows the amount in Chinese capitals (大写金额), worked by hand
 * after 《正确填写票据和结算凭证的基本规定》: 整 after 元 or 角 but never after 分; one 零 for a run of zeros
 * and where a 万 or 亿 section starts with zeros; 零 after 元 when the 角 is zero and the 分 is
 * not; below one yuan no 元.
 */
class ChineseCapitalsTests {

	@ParameterizedTest
	@CsvSource({ "1234.50, 壹仟贰佰叁拾肆元伍角整", "0.05, 伍分", "1000000.00, 壹佰万元整", "10.01, 壹拾元零壹分", "0, 零元整", "0.50, 伍角整",
			"0.52, 伍角贰分", "1, 壹元整", "10, 壹拾元整", "15, 壹拾伍元整", "100, 壹佰元整", "105, 壹佰零伍元整", "1005, 壹仟零伍元整",
			"1050, 壹仟零伍拾元整", "1680.32, 壹仟陆佰捌拾元叁角贰分", "100000, 壹拾万元整", "100050, 壹拾万零伍拾元整", "1000100, 壹佰万零壹佰元整",
			"10000, 壹万元整", "10001, 壹万零壹元整", "12000.07, 壹万贰仟元零柒分", "100000001, 壹亿零壹元整", "100010000, 壹亿零壹万元整",
			"200005000, 贰亿零伍仟元整", "110010000, 壹亿壹仟零壹万元整", "450.00, 肆佰伍拾元整", "1.999, 贰元整", "-150.00, 负壹佰伍拾元整",
			"9999999999.99, 玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" })
	void capitals(String amount, String capitals) {
		assertThat(ChineseCapitals.of(new BigDecimal(amount))).isEqualTo(capitals);
	}

}
