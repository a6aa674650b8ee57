package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 15: ID-card numbers are encrypted at rest (AES-GCM), found by a keyed hash
 * (whole number) and by their last four characters, and shown whole only to roles that
 * may see them; no column of the party table holds a clear number.
 */
@GuanjiaTest
class IdCardAtRestTests {

	static final Pattern CLEAR = Pattern.compile("\\d{17}[\\dX]");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ResidentManagement residents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	IdCards idCards;

	@Autowired
	IdCardKeyRotation rotation;

	long community;

	StaffUser manager;

	String idCard;

	long id;

	@BeforeEach
	void setUp() {
		community = fixtures.community("加密花园").id();
		manager = fixtures.staff(Role.MANAGER, community);
		idCard = People.idCard();
		id = Fixtures
			.as(manager, () -> residents.register(community, PartyCommand.person("钱守密", idCard, People.mobile())))
			.id();
	}

	@Test
	void theTableHoldsNoClearNumber() {
		List<String> rows = jdbc.sql("select row_to_json(p)::text from party p where community_id = ?")
			.params(community)
			.query(String.class)
			.list();
		assertThat(rows).hasSize(1).noneMatch(row -> CLEAR.matcher(row).find());
		assertThat(rows.get(0)).doesNotContain(idCard);
		byte[] stored = jdbc.sql("select id_card_enc from party where community_id = ? and id = ?")
			.params(community, id)
			.query(byte[].class)
			.single();
		assertThat(stored.length).isEqualTo(1 + 12 + 18 + 16);
		assertThat(idCards.open(stored)).isEqualTo(idCard);
		assertThat(jdbc.sql("select id_card_tail from party where community_id = ? and id = ?")
			.params(community, id)
			.query(String.class)
			.single()).isEqualTo(idCard.substring(14));
	}

	@Test
	void aRoleThatMaySeeItReadsTheWholeNumber() throws Exception {
		mvc.perform(get("/api/residents/{id}", id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idCardNumber").value(idCard));
	}

	@Test
	void findsAResidentByTheWholeNumberOrItsLastFourCharacters() throws Exception {
		for (String q : List.of(idCard, idCard.toLowerCase(), idCard.substring(14))) {
			mvc.perform(get("/api/search").param("communityId", String.valueOf(community))
				.param("q", q)
				.with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.residents", hasSize(1)))
				.andExpect(jsonPath("$.residents[0].name").value("钱守密"));
			mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
				.param("q", q)
				.with(user(manager))).andExpect(jsonPath("$.total").value(1));
		}
		mvc.perform(get("/api/search").param("communityId", String.valueOf(community))
			.param("q", People.idCard())
			.with(user(manager))).andExpect(jsonPath("$.residents", hasSize(0)));
	}

	/**
	 * The one-time migration encrypts clear numbers of an older schema and can run again
	 * without changing anything (shown on a copy of the old table in a scratch schema).
	 */
	@Test
	void theMigrationEncryptsClearNumbersOnceAndAgainChangesNothing() throws Exception {
		String schema = "backfill_" + System.nanoTime();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("create schema " + schema);
			s.execute("set search_path to " + schema);
			s.execute("""
					create table party (community_id bigint, id bigint, id_card varchar(18), id_card_enc bytea,
					  id_card_hash bytea, id_card_tail varchar(4))""");
			s.execute("insert into party values (1, 1, '" + idCard
					+ "', null, null, null), (1, 2, null, null, null, null)");
			c.setAutoCommit(false);
			Context context = new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return c;
				}
			};
			V20261207_0402__Encrypt_id_cards migration = new V20261207_0402__Encrypt_id_cards(idCards);
			migration.migrate(context);
			c.commit();
			byte[] first = JdbcClient
				.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
				.sql("select id_card_enc from party where id = 1")
				.query(byte[].class)
				.single();
			assertThat(idCards.open(first)).isEqualTo(idCard);
			migration.migrate(context);
			c.commit();
			byte[] second = JdbcClient
				.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
				.sql("select id_card_enc from party where id = 1")
				.query(byte[].class)
				.single();
			assertThat(second).isEqualTo(first);
			c.setAutoCommit(true);
			s.execute("set search_path to public");
			s.execute("drop schema " + schema + " cascade");
		}
	}

	@Test
	void nothingToRotateUnderTheCurrentKey() {
		assertThat(rotation.rotateChunk(1000)).isZero();
	}

}
