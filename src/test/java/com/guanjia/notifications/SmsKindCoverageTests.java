package com.guanjia.notifications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SMS the product queues can go out through a real provider: its message key is a
 * {@link SmsKind} (a template the company registers, README) taking as many variables as
 * the call passes. A key without a kind is sent by the log sender in the demo but fails
 * permanently with Alibaba Cloud SMS — the renovation and patrol messages did until this
 * test (their SMS were queued with no template to send them by).
 */
class SmsKindCoverageTests {

	private static final Pattern SMS_CALL = Pattern.compile("\\.queue\\((.*?)\\);", Pattern.DOTALL);

	private static final Pattern KEY = Pattern.compile("^\"((?:notice|sms)\\.[A-Za-z.]+)\"$");

	record Call(String file, String key, int arguments) {
	}

	@Test
	void everySmsQueuedHasATemplateKindWithItsVariables() throws IOException {
		List<Call> calls = smsCalls(Path.of("src/main/java/com/guanjia/notifications"));
		assertThat(calls).as("the SMS the notifications module queues").hasSizeGreaterThanOrEqualTo(8);
		assertThat(calls).allSatisfy(call -> {
			SmsKind kind = SmsKind.of(call.key()).orElse(null);
			assertThat(kind).as(call.file() + ": " + call.key() + " has no SmsKind").isNotNull();
			assertThat(kind.variables()).as(call.file() + ": variables of " + call.key()).hasSize(call.arguments());
		});
	}

	@Test
	void everyKindHasItsOwnTemplateSetting() {
		for (SmsKind kind : SmsKind.values()) {
			Object[] codes = new Object[SmsKind.values().length];
			codes[kind.ordinal()] = "SMS_" + kind.ordinal();
			assertThat(templates(codes).of(kind)).as(kind.name()).isEqualTo("SMS_" + kind.ordinal());
		}
	}

	static NotificationProperties.Templates templates(Object[] codes) {
		try {
			var constructor = NotificationProperties.Templates.class.getDeclaredConstructors()[0];
			assertThat(constructor.getParameterCount()).as("one template setting per kind")
				.isEqualTo(SmsKind.values().length);
			return (NotificationProperties.Templates) constructor.newInstance(codes);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(ex);
		}
	}

	static List<Call> smsCalls(Path dir) throws IOException {
		List<Call> calls = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = SMS_CALL.matcher(Files.readString(file));
				while (m.find()) {
					List<String> args = arguments(m.group(1));
					if (args.size() < 7 || !args.get(2).equals("\"SMS\"")) {
						continue;
					}
					// queue(community, key, channel, role, staff, phone, messageKey,
					// args…)
					Matcher key = KEY.matcher(args.get(6));
					assertThat(key.matches()).as(file + ": message key " + args.get(6)).isTrue();
					calls.add(new Call(file.getFileName().toString(), key.group(1), args.size() - 7));
				}
			}
		}
		return calls;
	}

	/** The top-level, comma-separated arguments of a call, nested calls kept whole. */
	static List<String> arguments(String text) {
		List<String> args = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		StringBuilder current = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (!quoted && (c == '(' || c == '[' || c == '{')) {
				depth++;
			}
			if (!quoted && (c == ')' || c == ']' || c == '}')) {
				depth--;
			}
			if (!quoted && depth == 0 && c == ',') {
				args.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		args.add(current.toString().strip());
		return args;
	}

}
