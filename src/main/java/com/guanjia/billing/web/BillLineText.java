package com.guanjia.billing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.web.Messages;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A bill line's note in words for the pages ({@code ${@billLineText.of(l.detail())}}):
 * the billing run stores it in short codes — "tiered", "15/30d", "70%", "area 85.00", the
 * late fee's basis "DAY" — which must not reach the Chinese UI (issue 10 item 19).
 * Anything else (a repair's charges, a typed reason) is shown as it was written.
 */
@Component("billLineText")
public class BillLineText {

	private static final Pattern PRORATED = Pattern.compile("(?:(\\d+)/(\\d+)d)?\\s*(?:(\\d+(?:\\.\\d+)?)%)?");

	private static final Pattern AREA = Pattern.compile("area (\\d+(?:\\.\\d+)?)");

	private final Messages messages;

	BillLineText(Messages messages) {
		this.messages = messages;
	}

	public String of(@Nullable String detail) {
		if (detail == null || detail.isBlank()) {
			return "";
		}
		String d = detail.strip();
		switch (d) {
			case "tiered":
				return messages.get("bill.detail.tiered");
			case "DAY", "MONTH", "OFF":
				return messages.get("lateFee." + d);
			default:
				break;
		}
		Matcher area = AREA.matcher(d);
		if (area.matches()) {
			return messages.get("bill.detail.area", area.group(1));
		}
		Matcher prorated = PRORATED.matcher(d);
		if (prorated.matches()) {
			List<String> parts = new ArrayList<>();
			if (prorated.group(1) != null) {
				parts.add(messages.get("bill.detail.days", prorated.group(1), prorated.group(2)));
			}
			if (prorated.group(3) != null) {
				parts.add(messages.get("bill.detail.percent", prorated.group(3)));
			}
			return String.join(messages.get("bill.detail.separator"), parts);
		}
		return d;
	}

}
