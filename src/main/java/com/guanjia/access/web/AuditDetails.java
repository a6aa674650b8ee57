package com.guanjia.access.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.web.Messages;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * An audit entry's detail in words (issue 10 item 19: no codes on the Chinese pages). The
 * services write details as data — "WO-20261207-0019 RECEIVED", "PAID_REPAIR 15.00 …",
 * "2-2-401 LETTER" — with the codes of their enums; each code that some message bundle
 * labels (a key whose last segment is the code, such as {@code workOrder.status.RECEIVED}
 * or {@code charge.item.PAID_REPAIR}) is shown by that label in the reader's language.
 * Everything else (numbers, unit labels, plates, names) is shown as written. Where two
 * bundles label the same code, the first by bundle and key order is used; units of
 * measure ({@code *.unit.*}) are never a code's label.
 */
@Component
class AuditDetails {

	/**
	 * An enum constant's name: upper case, at least three characters or with an
	 * underscore.
	 */
	private static final Pattern CODE = Pattern
		.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\w-])" + "|(?<![\\w-])[A-Z]{3,}(?![\\w-])");

	private final Messages messages;

	private final Map<String, String> keys;

	AuditDetails(Messages messages) {
		this.messages = messages;
		this.keys = labelledCodes();
	}

	/** The detail with every labelled code replaced by its label. */
	@Nullable String words(@Nullable String detail) {
		if (detail == null) {
			return null;
		}
		Matcher m = CODE.matcher(detail);
		return m.replaceAll(r -> {
			String key = keys.get(r.group());
			return Matcher.quoteReplacement(key == null ? r.group() : messages.get(key));
		});
	}

	private static Map<String, String> labelledCodes() {
		Map<String, String> codes = new HashMap<>();
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			Arrays.sort(bundles, Comparator.comparing(r -> String.valueOf(r.getFilename())));
			for (Resource bundle : bundles) {
				String name = String.valueOf(bundle.getFilename());
				if (name.contains("_")) {
					continue;
				}
				Properties p = new Properties();
				try (InputStream in = bundle.getInputStream()) {
					p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				}
				p.stringPropertyNames().stream().sorted().forEach(key -> {
					String code = key.substring(key.lastIndexOf('.') + 1);
					if (!key.contains(".unit.") && CODE.matcher(code).matches()) {
						codes.putIfAbsent(code, key);
					}
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(codes);
	}

}
