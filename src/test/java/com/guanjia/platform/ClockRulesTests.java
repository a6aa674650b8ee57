package com.guanjia.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Time comes only from the injected {@link Clock} (CONTRIBUTING "Time", STYLE "leave
 * behind: now() without the injected clock"; issue 15 item 4): {@code YearMonth.now()} in
 * a controller took the server's zone, not the community's, and SQL {@code now()} in
 * {@code Deposits} the database's clock, not the test's; every test passed explicit dates
 * and never saw it. Plain JUnit: the rule reads the compiled main classes and the main
 * sources, no Spring context.
 */
class ClockRulesTests {

	private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			LocalTime.class, OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, YearMonth.class, Year.class);

	/**
	 * Main classes allowed to read the system clock, and why. Operations tools that run
	 * outside the application (no Spring context, no community) label a backup with the
	 * operator's wall clock; the clock bean itself is the one place the system clock is
	 * chosen.
	 */
	private static final Map<String, String> ALLOWED = Map.of("com.guanjia.platform.db.EmbeddedBackup",
			"bin/backup: the backup label's wall-clock time, no business time",
			"com.guanjia.platform.db.EmbeddedDatabaseTool",
			"bin/backup: the default backup file name, operator's wall clock, outside the application",
			"com.guanjia.platform.time.ClockConfiguration", "the one Clock bean: Clock.systemUTC()");

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.guanjia");

	/**
	 * {@code now()}, {@code now(ZoneId)} read the system clock; {@code now(Clock)} is the
	 * allowed one. {@code System.currentTimeMillis()}, {@code new Date()} and the system
	 * clocks are the same thing by other names.
	 */
	static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK = new DescribedPredicate<>(
			"reads the system clock (now() or now(ZoneId) instead of now(clock), currentTimeMillis, new Date(), Clock.system*)") {
		@Override
		public boolean test(JavaCall<?> call) {
			String owner = call.getTargetOwner().getName();
			String name = call.getName();
			List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(t -> t.getName()).toList();
			if (TIME_TYPES.stream().anyMatch(t -> t.getName().equals(owner)) && name.equals("now")) {
				return !parameters.equals(List.of(Clock.class.getName()));
			}
			if (owner.equals(System.class.getName()) && name.equals("currentTimeMillis")) {
				return true;
			}
			if (owner.equals(java.util.Date.class.getName()) && name.equals("<init>")) {
				return parameters.isEmpty();
			}
			if (owner.equals(java.util.Calendar.class.getName()) && name.equals("getInstance")) {
				return true;
			}
			return owner.equals(Clock.class.getName()) && name.startsWith("system");
		}
	};

	@Test
	void mainCodeTakesTimeOnlyFromTheInjectedClock() {
		ArchRule rule = noClasses()
			.that(DescribedPredicate.describe("are not allowed to (" + ALLOWED.keySet() + ")",
					c -> !ALLOWED.containsKey(c.getName().replaceAll("\\$.*", ""))))
			.should()
			.callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
			.because("time comes only from the injected Clock, in the community's zone (CONTRIBUTING)");
		rule.check(MAIN);
	}

	/** The rule itself can fail: it finds the calls in a class written to break it. */
	@Test
	void theRuleFindsEveryKindOfSystemClockRead() {
		JavaClasses breaker = new ClassFileImporter().importClasses(Breaker.class);
		List<String> found = new ArrayList<>();
		breaker.get(Breaker.class)
			.getCodeUnitCallsFromSelf()
			.stream()
			.filter(READS_THE_SYSTEM_CLOCK)
			.forEach(c -> found.add(c.getTargetOwner().getSimpleName() + "." + c.getName()));
		assertThat(found).containsExactlyInAnyOrder("YearMonth.now", "LocalDate.now", "Instant.now",
				"LocalDateTime.now", "ZonedDateTime.now", "OffsetDateTime.now", "LocalTime.now",
				"System.currentTimeMillis", "Date.<init>", "Clock.systemDefaultZone");
	}

	/**
	 * SQL that asks the database for the time ({@code now()}, {@code current_date},
	 * {@code current_timestamp}, {@code localtimestamp} …) bypasses the injected clock
	 * too: the time is a parameter. Scans every string literal and text block of the main
	 * sources.
	 */
	@Test
	void sqlInMainCodeNeverAsksTheDatabaseForTheTime() throws IOException {
		assertThat(sqlTimeReads("""
				String sql = "select 1 where paid_at < now()";
				String other = \"\"\"
						update x set at = current_timestamp\"\"\";
				String fine = "nowhere, current_dates";
				""")).as("the scan itself").hasSize(2);
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			files.filter(p -> p.toString().endsWith(".java"))
				.forEach(p -> sqlTimeReads(read(p)).forEach(s -> found.add(p + ": " + s)));
		}
		assertThat(found).as("SQL reading the database's clock instead of a parameter from the injected Clock")
			.isEmpty();
	}

	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern SQL_TIME = Pattern.compile(
			"\\bnow\\s*\\(\\s*\\)|\\b(current_date|current_timestamp|current_time|localtimestamp|localtime|clock_timestamp|statement_timestamp|transaction_timestamp)\\b",
			Pattern.CASE_INSENSITIVE);

	static List<String> sqlTimeReads(String source) {
		List<String> found = new ArrayList<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			Matcher time = SQL_TIME.matcher(text);
			while (time.find()) {
				found.add(time.group() + " in \"" + text.strip().replaceAll("\\s+", " ") + "\"");
			}
		}
		return found;
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unused")
	static class Breaker {

		void reads(java.time.ZoneId zone, Clock clock) {
			YearMonth.now();
			LocalDate.now(zone);
			Instant.now();
			LocalDateTime.now();
			ZonedDateTime.now();
			OffsetDateTime.now();
			LocalTime.now();
			System.currentTimeMillis();
			new java.util.Date();
			Clock.systemDefaultZone();
			// allowed
			LocalDate.now(clock);
			YearMonth.now(clock.withZone(zone));
			new java.util.Date(0);
		}

	}

}
