package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every action and record type the main code writes to the audit log has a label in the
 * Chinese and the English bundles (issue 10 item 19: "codes never appear in the Chinese
 * UI"), so the audit page never falls back to the code.
 * <p>
 * The codes are read from the real source: every call of {@code AuditTrail.record} and
 * every {@code AuditTrail.NewEntry}. A literal is taken as it is; a choice between
 * literals ({@code enabled ? "enable" : "disable"}) gives both; a parameter of a private
 * helper gives the literals its callers in the same file pass; a constant gives its
 * value; a small method returning literals gives them all; the step of a domain model
 * ({@code step.action().name().toLowerCase(...)}) gives every constant of the action enum
 * named in {@link #STEP_ACTIONS}. Anything else fails, so a new call whose codes the test
 * cannot read has to be taught here rather than slip past.
 */
class AuditLabelsTests {

	static final Path SOURCE = Path.of("src/main/java");

	/**
	 * The action enum of each call that audits the steps of a domain model, by file and
	 * record type; the enum's constants, lowercased, are the codes written.
	 */
	static final Map<String, String> STEP_ACTIONS = Map.ofEntries(
			Map.entry("Renovations.java|renovation", "com.guanjia.renovation.RenovationAction"),
			Map.entry("MoveIns.java|movein_case", "com.guanjia.movein.MoveInAction"),
			Map.entry("HouseAcceptances.java|acceptance", "com.guanjia.movein.AcceptanceAction"),
			Map.entry("Custodies.java|custody_agreement", "com.guanjia.movein.CustodyAction"),
			Map.entry("GoodsPasses.java|goods_pass", "com.guanjia.goods.GoodsPassAction"),
			Map.entry("ReceptionDesk.java|reception_record", "com.guanjia.desk.ReceptionAction"),
			Map.entry("KeyLoans.java|key_loan", "com.guanjia.keys.LoanAction"),
			Map.entry("KeyRegister.java|key_item", "com.guanjia.keys.KeyAction"),
			Map.entry("MailDesk.java|mail_item", "com.guanjia.keys.MailAction"),
			Map.entry("StockTakes.java|stock_take", "com.guanjia.keys.StockTakeAction"),
			Map.entry("HeldVehicles.java|parking_stay", "com.guanjia.carpark.StayAction"),
			Map.entry("HeldVehicles.java|held_vehicle", "com.guanjia.carpark.HeldAction"),
			Map.entry("Gate.java|parking_stay", "com.guanjia.carpark.StayAction"),
			Map.entry("ShiftLogs.java|shift_log", "com.guanjia.carpark.ShiftAction"),
			Map.entry("SpaceChecks.java|space_check_finding", "com.guanjia.carpark.FindingAction"),
			Map.entry("Cameras.java|camera_sighting", "com.guanjia.carpark.SightingAction"),
			Map.entry("WorkOrderStore.java|work_order", "com.guanjia.workorders.WorkOrderAction"),
			Map.entry("Dunning.java|dunning", "com.guanjia.arrears.DunningStep"));

	private static final Pattern STEP_EXPRESSION = Pattern
		.compile("[\\w.()]*?(action\\(\\)|step|name\\(\\))\\.toLowerCase\\([\\w.]*\\)");

	@Test
	void everyAuditedActionAndRecordTypeHasAChineseAndAnEnglishLabel() throws IOException {
		Codes codes = scan();
		assertThat(codes.calls).as("audit calls found in the source").isGreaterThan(120);
		assertThat(codes.unresolved).as("audit codes the test cannot read; teach STEP_ACTIONS or the resolver")
			.isEmpty();
		assertThat(codes.actions).hasSizeGreaterThan(80);
		Properties chinese = bundles(false);
		Properties english = bundles(true);
		List<String> missing = new ArrayList<>();
		for (String key : codes.keys()) {
			for (Properties bundle : List.of(chinese, english)) {
				if (bundle.getProperty(key) == null) {
					missing.add(key + (bundle == chinese ? " (中文)" : " (English)"));
				}
			}
		}
		assertThat(missing).as("audit codes without a label").isEmpty();
		for (String key : codes.keys()) {
			assertThat(chinese.getProperty(key)).as(key).doesNotContainPattern("[A-Za-z_]{3,}");
		}
	}

	/** The codes the main code writes to the audit log. */
	static Codes scan() throws IOException {
		Codes codes = new Codes();
		try (Stream<Path> files = Files.walk(SOURCE)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(file);
				if (!text.contains("AuditTrail")) {
					continue;
				}
				scanFile(file.getFileName().toString(), text, codes);
			}
		}
		return codes;
	}

	private static void scanFile(String name, String text, Codes codes) {
		Set<String> receivers = new TreeSet<>();
		Matcher field = Pattern.compile("AuditTrail\\s+(\\w+)\\s*;").matcher(text);
		while (field.find()) {
			receivers.add(field.group(1));
		}
		List<Integer> starts = new ArrayList<>();
		for (String receiver : receivers) {
			Matcher call = Pattern.compile("\\b" + receiver + "\\.record\\(").matcher(text);
			while (call.find()) {
				starts.add(call.end());
			}
		}
		Matcher entry = Pattern.compile("new (AuditTrail\\.)?NewEntry\\(").matcher(text);
		while (entry.find()) {
			starts.add(entry.end());
		}
		for (int start : starts) {
			List<String> args = arguments(text, start);
			codes.calls++;
			String where = name + ":" + line(text, start);
			Set<String> types = resolve(args.get(1), name, text, start, null, where, codes);
			for (String type : types) {
				codes.entities.add(type);
				codes.actions.addAll(resolve(args.get(3), name, text, start, type, where, codes));
			}
		}
	}

	/** The codes an argument expression can take. */
	private static Set<String> resolve(String expression, String file, String text, int at, String entityType,
			String where, Codes codes) {
		Set<String> found = new TreeSet<>();
		String e = expression.strip();
		if (e.matches("\"[^\"]*\"")) {
			found.add(e.substring(1, e.length() - 1));
			return found;
		}
		if (e.matches("[^\"]+\\?\\s*\"[^\"]*\"\\s*:\\s*\"[^\"]*\"")) {
			Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(e);
			while (literal.find()) {
				found.add(literal.group(1));
			}
			return found;
		}
		if (e.matches("[A-Z][A-Z_0-9]*")) {
			Matcher constant = Pattern.compile("String\\s+" + e + "\\s*=\\s*\"([^\"]*)\"").matcher(text);
			if (constant.find()) {
				found.add(constant.group(1));
				return found;
			}
		}
		if (e.matches("[a-z]\\w*")) {
			Set<String> passed = passedToParameter(e, text, at);
			if (passed != null) {
				return passed;
			}
		}
		Matcher helper = Pattern.compile("(\\w+)\\([\\w, ]*\\)").matcher(e);
		if (helper.matches()) {
			Matcher body = Pattern.compile("static String " + helper.group(1) + "\\([^)]*\\)\\s*\\{").matcher(text);
			if (body.find()) {
				String block = text.substring(body.end(), text.indexOf("\n\t}", body.end()));
				Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(block);
				while (literal.find()) {
					found.add(literal.group(1));
				}
				return found;
			}
		}
		if (entityType != null && STEP_EXPRESSION.matcher(e).matches()) {
			String enumName = STEP_ACTIONS.get(file + "|" + entityType);
			if (enumName != null) {
				try {
					for (Object constant : Class.forName(enumName).getEnumConstants()) {
						found.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
					}
					return found;
				}
				catch (ClassNotFoundException ex) {
					codes.unresolved.add(where + " " + enumName + " not found");
					return found;
				}
			}
		}
		codes.unresolved.add(where + " " + e);
		return found;
	}

	/**
	 * When {@code name} is a parameter of the method around {@code at}: the literals the
	 * callers in the same file pass for it; null when it is not, or a caller passes
	 * something else.
	 */
	private static Set<String> passedToParameter(String name, String text, int at) {
		Matcher method = Pattern.compile(
				"\\n\\t(?:private |static |final |public |protected )*[\\w<>.?, ]+\\s(\\w+)\\(([^)]*)\\)\\s*(?:throws [\\w, ]+)?\\{")
			.matcher(text);
		String methodName = null;
		int declaration = -1;
		int index = -1;
		while (method.find() && method.start() < at) {
			declaration = method.start(1);
			List<String> params = Arrays.stream(method.group(2).split(","))
				.map(p -> p.strip().replaceAll("^.*\\s", ""))
				.toList();
			methodName = method.group(1);
			index = params.indexOf(name);
		}
		if (methodName == null || index < 0) {
			return null;
		}
		Set<String> found = new TreeSet<>();
		Matcher call = Pattern.compile("(?<![.\\w])" + methodName + "\\(").matcher(text);
		int callers = 0;
		while (call.find()) {
			if (call.start() == declaration) {
				continue;
			}
			List<String> args = arguments(text, call.end());
			if (args.size() <= index) {
				continue;
			}
			String arg = args.get(index).strip();
			if (!arg.matches("\"[^\"]*\"")) {
				return null;
			}
			found.add(arg.substring(1, arg.length() - 1));
			callers++;
		}
		return callers == 0 ? null : found;
	}

	/**
	 * The top-level arguments of a call whose opening parenthesis ends at {@code start}.
	 */
	static List<String> arguments(String text, int start) {
		List<String> args = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 1;
		boolean inString = false;
		char quote = 0;
		for (int i = start; depth > 0; i++) {
			char c = text.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\\') {
					current.append(text.charAt(++i));
				}
				else if (c == quote) {
					inString = false;
				}
				continue;
			}
			if (c == '"' || c == '\'') {
				inString = true;
				quote = c;
				current.append(c);
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
				current.append(c);
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
				if (depth > 0) {
					current.append(c);
				}
			}
			else if (c == ',' && depth == 1) {
				args.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		args.add(current.toString());
		return args;
	}

	private static int line(String text, int at) {
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	/**
	 * All bundles of one language merged, as the application's message source sees them.
	 */
	static Properties bundles(boolean english) {
		Properties merged = new Properties();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
				String name = r.getFilename();
				if (name == null || name.endsWith("_en.properties") != english) {
					continue;
				}
				Properties p = new Properties();
				try (InputStream in = r.getInputStream()) {
					p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				p.forEach(merged::putIfAbsent);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return merged;
	}

	static final class Codes {

		int calls;

		final Set<String> entities = new TreeSet<>();

		final Set<String> actions = new TreeSet<>();

		final List<String> unresolved = new ArrayList<>();

		Set<String> keys() {
			Set<String> keys = new TreeSet<>();
			entities.forEach(e -> keys.add("audit.entity." + e));
			actions.forEach(a -> keys.add("audit.action." + a));
			return keys;
		}

	}

}
