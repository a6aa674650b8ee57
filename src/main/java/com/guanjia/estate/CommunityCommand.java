package com.guanjia.estate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What staff enter to create or change a community. */
@NamedInterface("api")
public record CommunityCommand(@Nullable String code, @Nullable String name, @Nullable String address,
		@Nullable String timeZone, @Nullable BigDecimal managementFeeRate) {

	static final String DEFAULT_ZONE = "Asia/Shanghai";

	ZoneId zone() {
		return ZoneId.of(timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone.strip());
	}

	void validate() {
		validate(true);
	}

	/**
	 * A change keeps the community's code (other records and logins refer to it), so a
	 * change need not repeat it.
	 */
	void validateChange() {
		validate(false);
	}

	private void validate(boolean codeRequired) {
		Problems p = new Problems();
		if (codeRequired) {
			p.text("code", code, 20);
		}
		if (codeRequired && code != null && !code.isBlank()) {
			p.check(code.strip().matches("[A-Za-z0-9_-]+"), "code", "validation.code.format");
		}
		p.text("name", name, 100).optionalText("address", address, 200);
		if (timeZone != null && !timeZone.isBlank()) {
			try {
				ZoneId.of(timeZone.strip());
			}
			catch (DateTimeException ex) {
				p.add("timeZone", "validation.timeZone");
			}
		}
		if (managementFeeRate != null) {
			p.check(managementFeeRate.signum() >= 0 && managementFeeRate.compareTo(new BigDecimal("1000")) < 0,
					"managementFeeRate", "validation.money.range");
			p.check(managementFeeRate.stripTrailingZeros().scale() <= 2, "managementFeeRate", "validation.money.scale");
		}
		p.throwIfAny();
	}

}
