package com.guanjia.residents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.platform.db.CommunityCondition;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for parties and their phones; every statement is bounded by community. */
@Repository
class PartyRepository {

	static final String PHONES = """
			array(select ph.phone from party_phone ph where ph.community_id = p.community_id and ph.party_id = p.id
			  order by ph.position) as phones""";

	private static final String COLUMNS = "select p.id, p.community_id, p.kind, p.name, p.gender, p.id_card_enc, "
			+ "p.credit_code, p.contact_name, p.notes, p.version, p.retired_on, p.retired_reason, " + PHONES;

	static final String SELECT = COLUMNS + " from party p ";

	/**
	 * Phones of the rows a sorted, limited query keeps — not of every row it sorts:
	 * {@code inner} selects {@code p.*} from party p, ordered and limited.
	 */
	private static String limited(String inner) {
		return COLUMNS + " from (" + inner + ") p";
	}

	/**
	 * What a search text {@code :q} matches besides names and phones: a whole ID number
	 * by its hash, the last four characters of one by the stored tail.
	 */
	private static final String MATCHES = """
			(p.name like :pattern
			  or exists (select 1 from party_phone ph where ph.community_id = p.community_id and ph.party_id = p.id
			             and ph.phone like :pattern)
			  or p.id_card_hash = cast(:hash as bytea) or p.id_card_tail = cast(:tail as text))""";

	private final JdbcClient jdbc;

	private final IdCards idCards;

	PartyRepository(JdbcClient jdbc, IdCards idCards) {
		this.jdbc = jdbc;
		this.idCards = idCards;
	}

	Optional<PartyRecord> find(Collection<Long> communityIds, long id) {
		return jdbc.sql(SELECT + " where p.community_id = any(?) and p.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(this::map)
			.optional();
	}

	Optional<PartyRecord> find(long communityId, long id) {
		return jdbc.sql(SELECT + " where p.community_id = ? and p.id = ?")
			.params(communityId, id)
			.query(this::map)
			.optional();
	}

	List<PartyRecord> findAll(long communityId, Collection<Long> ids) {
		return jdbc.sql(SELECT + " where p.community_id = ? and p.id = any(?)")
			.params(communityId, ids.toArray(Long[]::new))
			.query(this::map)
			.list();
	}

	long insert(long communityId, PartyCommand c, OffsetDateTime now) {
		Optional<IdCards.Sealed> idCard = sealed(c);
		long id = jdbc
			.sql("""
					insert into party (community_id, kind, name, gender, id_card_enc, id_card_hash, id_card_tail, credit_code,
					  contact_name, notes, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, c.kind().name(), c.strippedName(), name(c.effectiveGender()),
					idCard.map(IdCards.Sealed::encrypted).orElse(null), idCard.map(IdCards.Sealed::hash).orElse(null),
					idCard.map(IdCards.Sealed::tail).orElse(null), c.normalizedCreditCode(), c.strippedContactName(),
					c.strippedNotes(), now)
			.query(Long.class)
			.single();
		insertPhones(communityId, id, c.normalizedPhones());
		return id;
	}

	boolean update(long communityId, long id, int version, PartyCommand c) {
		Optional<IdCards.Sealed> idCard = sealed(c);
		int updated = jdbc.sql("""
				update party set name = ?, gender = ?, id_card_enc = ?, id_card_hash = ?, id_card_tail = ?,
				  credit_code = ?, contact_name = ?, notes = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(c.strippedName(), name(c.effectiveGender()), idCard.map(IdCards.Sealed::encrypted).orElse(null),
					idCard.map(IdCards.Sealed::hash).orElse(null), idCard.map(IdCards.Sealed::tail).orElse(null),
					c.normalizedCreditCode(), c.strippedContactName(), c.strippedNotes(), communityId, id, version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from party_phone where community_id = ? and party_id = ?").params(communityId, id).update();
		insertPhones(communityId, id, c.normalizedPhones());
		return true;
	}

	private void insertPhones(long communityId, long partyId, List<String> phones) {
		if (phones.isEmpty()) {
			return;
		}
		Integer[] positions = new Integer[phones.size()];
		Arrays.setAll(positions, i -> i);
		jdbc.sql("""
				insert into party_phone (community_id, party_id, position, phone)
				select ?, ?, pos, phone from unnest(cast(? as int[]), cast(? as text[])) as t(pos, phone)""")
			.params(communityId, partyId, positions, phones.toArray(String[]::new))
			.update();
	}

	/**
	 * Retires the party if it is in service (decision 0014); false when it was already.
	 */
	boolean retire(long communityId, long id, Retirement retirement) {
		return jdbc.sql("""
				update party set retired_on = ?, retired_reason = ?, version = version + 1
				where community_id = ? and id = ? and retired_on is null""")
			.params(retirement.retiredOn(), retirement.reason(), communityId, id)
			.update() == 1;
	}

	/** Brings a retired party back; false when it was not retired. */
	boolean reinstate(long communityId, long id) {
		return jdbc.sql("""
				update party set retired_on = null, retired_reason = null, version = version + 1
				where community_id = ? and id = ? and retired_on is not null""").params(communityId, id).update() == 1;
	}

	/**
	 * Deletes a party with its phones (the caller has made sure nothing refers to it).
	 */
	void delete(long communityId, long id) {
		jdbc.sql("delete from party_phone where community_id = ? and party_id = ?").params(communityId, id).update();
		jdbc.sql("delete from party where community_id = ? and id = ?").params(communityId, id).update();
	}

	/**
	 * The party (other than {@code exceptId}) that already has this ID number or credit
	 * code.
	 */
	Optional<PartyRecord> withSameIdentity(long communityId, @Nullable String idCard, @Nullable String creditCode,
			long exceptId) {
		if (idCard == null && creditCode == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + """
				where p.community_id = ? and p.id <> ?
				  and (p.id_card_hash = cast(? as bytea) or p.credit_code = cast(? as text)) limit 1""")
			.params(communityId, exceptId, idCard == null ? null : idCards.hash(idCard), creditCode)
			.query(this::map)
			.optional();
	}

	/**
	 * One page of a community's parties; {@code q} matches a name or a phone fragment.
	 * Retired parties only when {@code includeRetired} (decision 0014).
	 */
	ResultPage<PartyRecord> list(long communityId, @Nullable String q, boolean includeRetired,
			ResultPage.Request page) {
		String where = "where p.community_id = :c and (cast(:q as text) is null or " + MATCHES + ")"
				+ " and (:retired or p.retired_on is null)";
		String pattern = q == null ? null : "%" + escapeLike(q) + "%";
		long total = jdbc.sql("select count(*) from party p " + where)
			.param("c", communityId)
			.param("q", q)
			.param("pattern", pattern)
			.param("hash", idCards.hashOfQuery(q))
			.param("tail", IdCards.tailOfQuery(q))
			.param("retired", includeRetired)
			.query(Long.class)
			.single();
		List<PartyRecord> items = jdbc
			.sql(limited("select p.* from party p " + where + " order by p.name, p.id limit :limit offset :offset"))
			.param("c", communityId)
			.param("q", q)
			.param("pattern", pattern)
			.param("hash", idCards.hashOfQuery(q))
			.param("tail", IdCards.tailOfQuery(q))
			.param("retired", includeRetired)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
		return new ResultPage<>(items, page.page(), page.size(), total);
	}

	/**
	 * The next {@code limit} parties of a community after ({@code afterName},
	 * {@code afterId}) in the order of {@link #list} (keyset paging, for exports that
	 * read a whole community in chunks); {@code q} as in {@link #list}.
	 */
	List<PartyRecord> listAfter(long communityId, @Nullable String q, boolean includeRetired,
			@Nullable String afterName, long afterId, int limit) {
		String where = "where p.community_id = :c and (cast(:q as text) is null or " + MATCHES + ")"
				+ " and (:retired or p.retired_on is null)"
				+ " and (cast(:n as text) is null or (p.name, p.id) > (cast(:n as text), :i))";
		return jdbc.sql(limited("select p.* from party p " + where + " order by p.name, p.id limit :limit"))
			.param("c", communityId)
			.param("q", q)
			.param("pattern", q == null ? null : "%" + escapeLike(q) + "%")
			.param("hash", idCards.hashOfQuery(q))
			.param("tail", IdCards.tailOfQuery(q))
			.param("retired", includeRetired)
			.param("n", afterName)
			.param("i", afterId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * Parties in service whose name contains the fragment: exact names first, then names
	 * starting with it, shortest first. A fragment of three or more characters uses the
	 * trigram index; a shorter one (a given name such as 建国) has no trigram to look up,
	 * so it is matched with {@code strpos}, which the planner cannot send to the trigram
	 * index: it scans the community's rows through the (community_id, name) b-tree
	 * instead of the whole trigram index.
	 */
	List<PartyRecord> searchByName(Collection<Long> communityIds, String fragment, int limit) {
		String contains = fragment.codePointCount(0, fragment.length()) < 3 ? "strpos(p.name, :q) > 0"
				: "p.name like :pattern";
		return jdbc
			.sql(limited(
					"""
							select p.* from party p where %s and %s and p.retired_on is null
							order by (p.name = :q) desc, (p.name like :prefix) desc, length(p.name), p.name, p.id limit :limit"""
						.formatted(CommunityCondition.on("p.community_id", communityIds), contains)))
			.param("c", CommunityCondition.value(communityIds))
			.param("pattern", "%" + escapeLike(fragment) + "%")
			.param("prefix", escapeLike(fragment) + "%")
			.param("q", fragment)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * Parties in service with a phone ending in the four digits, or containing a longer
	 * digit fragment.
	 */
	List<PartyRecord> searchByPhone(Collection<Long> communityIds, String digits, int limit) {
		String match = digits.length() == 4 ? "ph.tail = :digits" : "ph.phone like :pattern";
		return jdbc
			.sql(limited("""
					select p.* from party p where (p.community_id, p.id) in (
					  select ph.community_id, ph.party_id from party_phone ph
					  where %s and %s) and p.retired_on is null
					order by p.name, p.id limit :limit"""
				.formatted(CommunityCondition.on("ph.community_id", communityIds), match)))
			.param("c", CommunityCondition.value(communityIds))
			.param("digits", digits)
			.param("pattern", "%" + digits + "%")
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * Parties in service with this whole ID number (by its keyed hash) or whose number
	 * ends with the four characters {@code tail} (issue 9 item 15).
	 */
	List<PartyRecord> searchByIdCard(Collection<Long> communityIds, byte @Nullable [] hash, @Nullable String tail,
			int limit) {
		return jdbc.sql(limited("""
				select p.* from party p where %s
				  and (p.id_card_hash = cast(:hash as bytea) or p.id_card_tail = cast(:tail as text))
				  and p.retired_on is null
				order by p.name, p.id limit :limit""".formatted(CommunityCondition.on("p.community_id", communityIds))))
			.param("c", CommunityCondition.value(communityIds))
			.param("hash", hash)
			.param("tail", tail)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * The units each party is currently tied to (owner, tenant, household member), unit
	 * ids only.
	 */
	Map<Long, List<Map.Entry<Long, OccupantRole>>> currentTies(long communityId, Collection<Long> partyIds) {
		Map<Long, List<Map.Entry<Long, OccupantRole>>> ties = new LinkedHashMap<>();
		if (partyIds.isEmpty()) {
			return ties;
		}
		jdbc.sql("""
				select party_id, unit_id, 'OWNER' as role from ownership
				  where community_id = :c and party_id = any(:ids) and ended_on is null
				union all
				select party_id, unit_id, 'TENANT' from tenancy
				  where community_id = :c and party_id = any(:ids) and moved_out_on is null
				union all
				select party_id, unit_id, 'HOUSEHOLD_MEMBER' from household_member
				  where community_id = :c and party_id = any(:ids) and moved_out_on is null
				order by 1, 3, 2""").param("c", communityId).param("ids", partyIds.toArray(Long[]::new)).query(rs -> {
			ties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(Map.entry(rs.getLong(2), OccupantRole.valueOf(rs.getString(3))));
		});
		return ties;
	}

	/** The set of current roles of a party. */
	List<OccupantRole> currentRoles(long communityId, long partyId) {
		return currentTies(communityId, List.of(partyId)).getOrDefault(partyId, List.of())
			.stream()
			.map(Map.Entry::getValue)
			.distinct()
			.toList();
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

	private Optional<IdCards.Sealed> sealed(PartyCommand c) {
		return Optional.ofNullable(idCards.seal(c.normalizedIdCard()));
	}

	PartyRecord map(ResultSet rs, int row) throws SQLException {
		String gender = rs.getString("gender");
		return new PartyRecord(rs.getLong("id"), rs.getLong("community_id"), PartyKind.valueOf(rs.getString("kind")),
				rs.getString("name"), gender == null ? null : Gender.valueOf(gender),
				idCards.open(rs.getBytes("id_card_enc")), rs.getString("credit_code"), rs.getString("contact_name"),
				rs.getString("notes"), rs.getInt("version"), strings(rs.getArray("phones")), Retirement
					.stored(rs.getObject("retired_on", java.time.LocalDate.class), rs.getString("retired_reason")));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static Map<Long, String> byId(List<PartyRecord> parties) {
		Map<Long, String> names = new HashMap<>();
		parties.forEach(p -> names.put(p.id(), p.name()));
		return names;
	}

}
