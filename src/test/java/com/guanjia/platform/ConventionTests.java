package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.support.GuanjiaTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conventions a reviewer would otherwise have to check by eye: both languages carry every
 * text with the same placeholders (all UI text lives in the bundles), every business
 * table is keyed by its community first (decision 0002), passwords are stored as bcrypt
 * hashes (issue 2 item 7), and migrations are numbered so that they never interleave
 * (decision of issue 10).
 */
@GuanjiaTest
class ConventionTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	/** Texts that leave an argument out on purpose in one language, and why. */
	private static final Map<String, String> ARGUMENT_LEFT_OUT = Map.of("sms.period.span",
			"the same year is said once in Chinese (2026年11月至12月), twice in English (11/2026 to 12/2026)");

	/** Tables with a community that are not keyed by it, and why. */
	private static final Map<String, String> NOT_KEYED_BY_COMMUNITY = Map.of("audit_log",
			"company-wide entries (staff accounts, settings) have no community; listed by community through an index",
			"staff_community",
			"part of the company-wide staff reference table, keyed by the staff member (decision 0002)");

	/**
	 * The number ranges of the modules' migrations (CONTRIBUTING): a module's migrations
	 * never take another module's numbers.
	 */
	private static final Map<String, List<int[]>> MODULE_RANGES = Map.ofEntries(
			Map.entry("platform", List.of(new int[] { 100, 199 })), Map.entry("ops", List.of(new int[] { 100, 199 })),
			Map.entry("access", List.of(new int[] { 200, 299 })), Map.entry("estate", List.of(new int[] { 300, 399 })),
			Map.entry("residents", List.of(new int[] { 400, 499 })),
			Map.entry("archive", List.of(new int[] { 500, 599 })), Map.entry("search", List.of(new int[] { 600, 699 })),
			Map.entry("imports", List.of(new int[] { 700, 799 })), Map.entry("desk", List.of(new int[] { 800, 899 })),
			Map.entry("workorders", List.of(new int[] { 900, 999 })),
			Map.entry("billing", List.of(new int[] { 1000, 1199 }, new int[] { 1400, 1499 })),
			Map.entry("cashier", List.of(new int[] { 1200, 1299 })),
			Map.entry("arrears", List.of(new int[] { 1300, 1399 })),
			Map.entry("meters", List.of(new int[] { 1500, 1599 })),
			Map.entry("movein", List.of(new int[] { 1600, 1699 })),
			Map.entry("renovation", List.of(new int[] { 1700, 1799 })),
			Map.entry("notifications", List.of(new int[] { 1800, 1899 })),
			Map.entry("scheduling", List.of(new int[] { 1900, 1999 })),
			Map.entry("inspections", List.of(new int[] { 2000, 2099 })),
			Map.entry("carpark", List.of(new int[] { 2100, 2199 })),
			Map.entry("keys", List.of(new int[] { 2200, 2299 })), Map.entry("mail", List.of(new int[] { 2200, 2299 })),
			Map.entry("goods", List.of(new int[] { 2300, 2399 })));

	private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d{8})_(\\d{4})__\\w+(\\.sql)?");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void everyTextIsInChineseAndEnglishWithTheSamePlaceholders() throws IOException {
		Resource[] chinese = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
		List<String> problems = new ArrayList<>();
		int bundles = 0;
		for (Resource zh : chinese) {
			String name = zh.getFilename();
			if (name == null || name.endsWith("_en.properties")) {
				continue;
			}
			bundles++;
			Resource en = zh.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(en.exists()).as("English bundle beside " + name).isTrue();
			Properties zhText = load(zh);
			Properties enText = load(en);
			for (String key : union(zhText.stringPropertyNames(), enText.stringPropertyNames())) {
				String z = zhText.getProperty(key);
				String e = enText.getProperty(key);
				if (z == null || e == null) {
					problems.add(name + ": " + key + " only in " + (z == null ? "English" : "Chinese"));
				}
				else if (!arguments(z).equals(arguments(e)) && !ARGUMENT_LEFT_OUT.containsKey(key)) {
					problems.add(name + ": " + key + " uses " + arguments(z) + " in Chinese but " + arguments(e)
							+ " in English");
				}
			}
		}
		assertThat(bundles).isGreaterThan(10);
		assertThat(problems).isEmpty();
	}

	@Test
	void noTextIsDefinedTwiceWithDifferentWords() throws IOException {
		// All bundles form one message source and the first bundle (by name) that has a
		// key
		// wins: a key defined again in another module's bundle with other words would
		// show
		// the wrong words there (field.method once read 付款方式 on the return-visit form).
		List<String> problems = new ArrayList<>();
		for (String language : List.of("", "_en")) {
			Map<String, String> seen = new HashMap<>();
			Map<String, String> where = new HashMap<>();
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
			Arrays.sort(bundles, Comparator.comparing(Resource::getFilename));
			for (Resource bundle : bundles) {
				String name = bundle.getFilename();
				boolean english = name != null && name.endsWith("_en.properties");
				if (name == null || english != language.equals("_en")) {
					continue;
				}
				Properties text = load(bundle);
				for (String key : text.stringPropertyNames()) {
					String earlier = seen.putIfAbsent(key, text.getProperty(key));
					if (earlier != null && !earlier.equals(text.getProperty(key))) {
						problems.add(key + " in " + where.get(key) + " and " + name);
					}
					where.putIfAbsent(key, name);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyTableWithACommunityIsKeyedByItFirst() {
		// Decision 0002: the community leads every business table's primary key, the key
		// a
		// sharded deployment (Citus) distributes on.
		List<String> tables = jdbc
			.sql("""
					select c.table_name from information_schema.columns c
					where c.table_schema = 'public' and c.column_name = 'community_id'
					  and c.table_name not in (select table_name from information_schema.views where table_schema = 'public')""")
			.query(String.class)
			.list();
		assertThat(tables).hasSizeGreaterThan(30);
		List<String> notFirst = jdbc.sql("""
				select t.relname from pg_class t
				join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
				left join pg_index i on i.indrelid = t.oid and i.indisprimary
				left join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
				where t.relname in (:tables) and t.relkind in ('r', 'p')
				  and (a.attname is distinct from 'community_id')
				order by t.relname""").param("tables", tables).query(String.class).list();
		assertThat(notFirst).as("tables whose primary key does not start with community_id")
			.containsExactlyInAnyOrderElementsOf(NOT_KEYED_BY_COMMUNITY.keySet());
	}

	/**
	 * Decision of issue 10: with out-of-order off, Flyway refuses to start on a database
	 * that has a higher version than a migration it has not applied, instead of applying
	 * migrations in another order than a fresh database does.
	 */
	@Test
	void flywayAppliesMigrationsOnlyInVersionOrder() {
		assertThat(flyway.getConfiguration().isOutOfOrder()).isFalse();
		assertThat(flyway.getConfiguration().isValidateMigrationNaming()).isTrue();
	}

	@Test
	void everyMigrationHasItsOwnVersion() throws IOException {
		Map<List<BigInteger>, List<String>> byVersion = new TreeMap<>(Migration.ORDER);
		for (Migration m : migrations()) {
			byVersion.computeIfAbsent(m.version(), v -> new ArrayList<>()).add(m.name());
		}
		List<String> clashes = byVersion.values()
			.stream()
			.filter(names -> names.size() > 1)
			.map(List::toString)
			.toList();
		assertThat(clashes).as("migrations that share a version").isEmpty();
		assertThat(byVersion).hasSizeGreaterThan(20);
	}

	/**
	 * CONTRIBUTING: V&lt;yyyymmdd&gt;_&lt;nnnn&gt;, the number in the module's range, the
	 * date a real day; and inside a module a higher number never carries an earlier date,
	 * so a module's migrations run in the order they were written.
	 */
	@Test
	void migrationsAreNumberedByDateAndModuleRange() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, List<Migration>> byModule = new TreeMap<>();
		for (Migration m : migrations()) {
			Matcher name = MIGRATION_NAME.matcher(m.name());
			if (!name.matches()) {
				problems.add(m + ": not V<yyyymmdd>_<nnnn>__<what>");
				continue;
			}
			try {
				LocalDate.parse(name.group(1), DateTimeFormatter.BASIC_ISO_DATE);
			}
			catch (DateTimeParseException ex) {
				problems.add(m + ": " + name.group(1) + " is not a date");
			}
			int number = Integer.parseInt(name.group(2));
			List<int[]> ranges = MODULE_RANGES.get(m.module());
			if (ranges == null) {
				problems.add(m + ": module " + m.module() + " has no range in CONTRIBUTING and MODULE_RANGES");
			}
			else if (ranges.stream().noneMatch(r -> number >= r[0] && number <= r[1])) {
				problems.add(m + ": " + number + " is outside the range of " + m.module());
			}
			byModule.computeIfAbsent(m.module(), k -> new ArrayList<>()).add(m);
		}
		byModule.forEach((module, list) -> {
			List<Migration> byNumber = list.stream()
				.sorted(Comparator.comparing(m -> m.version().get(m.version().size() - 1)))
				.toList();
			List<Migration> byVersion = list.stream()
				.sorted(Comparator.comparing(Migration::version, Migration.ORDER))
				.toList();
			if (!byNumber.equals(byVersion)) {
				problems.add(module + ": a higher number has an earlier date: " + byNumber);
			}
		});
		assertThat(problems).isEmpty();
	}

	/**
	 * The SQL migrations under db/migration/<module>/ and the Java ones in
	 * com.guanjia.<module>.
	 */
	private List<Migration> migrations() throws IOException {
		List<Migration> found = new ArrayList<>();
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
		for (Resource script : scripts) {
			String path = script.getURL().getPath();
			String relative = path.substring(path.lastIndexOf("db/migration/") + "db/migration/".length());
			String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
			found.add(Migration.of(module, script.getFilename()));
		}
		for (JavaMigration java : flyway.getConfiguration().getJavaMigrations()) {
			String type = java.getClass().getName();
			String module = type.replaceFirst("^com\\.guanjia\\.([a-z]+)\\..*$", "$1");
			found.add(Migration.of(module, java.getClass().getSimpleName()));
		}
		return found;
	}

	/**
	 * A migration by module and name; its version as Flyway compares it, part by part.
	 */
	record Migration(String module, String name, List<BigInteger> version) {

		static final Comparator<List<BigInteger>> ORDER = (a, b) -> {
			for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
				int c = (i < a.size() ? a.get(i) : BigInteger.ZERO)
					.compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
				if (c != 0) {
					return c;
				}
			}
			return 0;
		};

		static Migration of(String module, String name) {
			String version = name.replaceFirst("^V", "").replaceFirst("__.*$", "");
			List<BigInteger> parts = Arrays.stream(version.split("[._]")).map(BigInteger::new).toList();
			return new Migration(module, name, parts);
		}

		@Override
		public String toString() {
			return module + "/" + name;
		}

	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		List<String> hashes = jdbc.sql("select password_hash from staff").query(String.class).list();
		assertThat(hashes).isNotEmpty().allMatch(h -> h.matches("\\{bcrypt\\}\\$2[aby]?\\$\\d\\d\\$.{53}"));
	}

	private static Properties load(Resource resource) throws IOException {
		Properties p = new Properties();
		try (InputStream in = resource.getInputStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	private static Set<Integer> arguments(String text) {
		Set<Integer> indexes = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			indexes.add(Integer.parseInt(m.group(1)));
		}
		return indexes;
	}

}
