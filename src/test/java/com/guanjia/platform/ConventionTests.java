package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conventions a reviewer would otherwise have to check by eye: both languages carry every
 * text with the same placeholders (all UI text lives in the bundles), every business
 * table is keyed by its community first (decision 0002), and passwords are stored as
 * bcrypt hashes (issue 2 item 7).
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

	@Autowired
	JdbcClient jdbc;

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
