package com.guanjia.residents;

import com.guanjia.shared.Masking;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the ties between parties and units: ownerships, transfers, tenancies, household
 * members and vehicles. Every statement is bounded by community; phones come out masked.
 */
@Repository
class OccupancyRepository {

	private static final String PARTY_JOIN = " join party p on p.community_id = x.community_id and p.id = x.party_id ";

	private static final String OWNERSHIP = "select x.*, p.kind, p.name, " + PartyRepository.PHONES
			+ " from ownership x" + PARTY_JOIN;

	private static final String TENANCY = "select x.*, p.name, " + PartyRepository.PHONES + " from tenancy x"
			+ PARTY_JOIN;

	private static final String MEMBER = "select x.*, p.name, " + PartyRepository.PHONES + " from household_member x"
			+ PARTY_JOIN;

	private static final String VEHICLE = "select x.*, p.name from vehicle x"
			+ " left join party p on p.community_id = x.community_id and p.id = x.party_id ";

	private final JdbcClient jdbc;

	OccupancyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- which units -------------------------------------------------------------------

	/** Every unit a party was ever tied to, to look their labels up at once. */
	List<Long> unitIdsOfParty(long communityId, long partyId) {
		return jdbc.sql("""
				select unit_id from ownership where community_id = :c and party_id = :p
				union select unit_id from tenancy where community_id = :c and party_id = :p
				union select unit_id from household_member where community_id = :c and party_id = :p
				union select unit_id from vehicle where community_id = :c and party_id = :p""")
			.param("c", communityId)
			.param("p", partyId)
			.query(Long.class)
			.list();
	}

	// --- ownership ---------------------------------------------------------------------

	List<OwnershipView> ownershipsOfUnit(long communityId, long unitId, Map<Long, String> labels) {
		return jdbc.sql(OWNERSHIP + " where x.community_id = ? and x.unit_id = ? order by x.since, x.id")
			.params(communityId, unitId)
			.query(ownership(labels))
			.list();
	}

	List<OwnershipView> ownershipsOfParty(long communityId, long partyId, Map<Long, String> labels) {
		return jdbc.sql(OWNERSHIP + " where x.community_id = ? and x.party_id = ? order by x.since, x.id")
			.params(communityId, partyId)
			.query(ownership(labels))
			.list();
	}

	/**
	 * Phones, whole, of the current owners of units, in ownership order: unit id and
	 * phone per row.
	 */
	List<Map.Entry<Long, String>> currentOwnerPhones(long communityId, Collection<Long> unitIds) {
		return jdbc.sql("""
				select o.unit_id, ph.phone from ownership o
				join party_phone ph on ph.community_id = o.community_id and ph.party_id = o.party_id
				where o.community_id = ? and o.unit_id = any(?) and o.ended_on is null
				order by o.unit_id, o.since, o.id, ph.position""")
			.params(communityId, unitIds.stream().distinct().toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The unit's current owners, locked so two transfers of one unit cannot interleave.
	 */
	List<OwnershipView> currentOwnersForUpdate(long communityId, long unitId, Map<Long, String> labels) {
		return jdbc.sql(OWNERSHIP + """
				where x.community_id = ? and x.unit_id = ? and x.ended_on is null order by x.since, x.id
				for update of x""").params(communityId, unitId).query(ownership(labels)).list();
	}

	long insertOwnership(long communityId, long unitId, long partyId, @Nullable BigDecimal share, LocalDate since,
			@Nullable Long transferId, OffsetDateTime now) {
		return jdbc.sql("""
				insert into ownership (community_id, unit_id, party_id, share, since, started_by_transfer, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, partyId, share, Date.valueOf(since), transferId, now)
			.query(Long.class)
			.single();
	}

	int endOwnerships(long communityId, Collection<Long> ownershipIds, LocalDate endedOn, long transferId) {
		return jdbc.sql("""
				update ownership set ended_on = ?, ended_by_transfer = ?
				where community_id = ? and id = any(?) and ended_on is null""")
			.params(Date.valueOf(endedOn), transferId, communityId, ownershipIds.toArray(Long[]::new))
			.update();
	}

	// --- transfers ---------------------------------------------------------------------

	long insertTransfer(long communityId, long unitId, LocalDate date, TransferReason reason,
			@Nullable String contractNo, @Nullable String note, OffsetDateTime now, String actor) {
		return jdbc.sql("""
				insert into ownership_transfer (community_id, unit_id, transfer_date, reason, contract_no, note,
				  recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, Date.valueOf(date), reason.name(), contractNo, note, now, actor)
			.query(Long.class)
			.single();
	}

	/**
	 * Transfers of a unit, oldest first, each with the parties of the history on both
	 * sides.
	 */
	List<TransferView> transfersOfUnit(long communityId, long unitId, String label, List<OwnershipView> history) {
		return jdbc.sql("""
				select * from ownership_transfer where community_id = ? and unit_id = ? order by transfer_date, id""")
			.params(communityId, unitId)
			.query((rs, i) -> transfer(rs, label, history))
			.list();
	}

	Optional<Long> unitOfTransfer(Collection<Long> communityIds, long transferId) {
		return jdbc.sql("select unit_id from ownership_transfer where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), transferId)
			.query(Long.class)
			.optional();
	}

	private static TransferView transfer(ResultSet rs, String label, List<OwnershipView> history) throws SQLException {
		long id = rs.getLong("id");
		List<TransferView.PartyShare> before = history.stream()
			.filter(o -> Long.valueOf(id).equals(o.endedByTransfer()))
			.map(o -> new TransferView.PartyShare(o.partyId(), o.partyName(), o.share()))
			.toList();
		List<TransferView.PartyShare> after = history.stream()
			.filter(o -> Long.valueOf(id).equals(o.startedByTransfer()))
			.map(o -> new TransferView.PartyShare(o.partyId(), o.partyName(), o.share()))
			.toList();
		return new TransferView(id, rs.getLong("community_id"), rs.getLong("unit_id"), label,
				rs.getDate("transfer_date").toLocalDate(), TransferReason.valueOf(rs.getString("reason")),
				rs.getString("contract_no"), rs.getString("note"), before, after,
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
	}

	// --- tenancies ---------------------------------------------------------------------

	List<TenancyView> tenanciesOfUnit(long communityId, long unitId, Map<Long, String> labels) {
		return jdbc.sql(TENANCY + " where x.community_id = ? and x.unit_id = ? order by x.starts_on, x.id")
			.params(communityId, unitId)
			.query(tenancy(labels))
			.list();
	}

	List<TenancyView> tenanciesOfParty(long communityId, long partyId, Map<Long, String> labels) {
		return jdbc.sql(TENANCY + " where x.community_id = ? and x.party_id = ? order by x.starts_on, x.id")
			.params(communityId, partyId)
			.query(tenancy(labels))
			.list();
	}

	/**
	 * A tenancy the caller may see: its community and unit (to look the label up), or
	 * empty.
	 */
	Optional<long[]> locateTenancy(Collection<Long> communityIds, long id) {
		return locate("tenancy", communityIds, id);
	}

	Optional<TenancyView> tenancy(long communityId, long id, Map<Long, String> labels) {
		return jdbc.sql(TENANCY + " where x.community_id = ? and x.id = ?")
			.params(communityId, id)
			.query(tenancy(labels))
			.optional();
	}

	long insertTenancy(long communityId, long unitId, long partyId, LocalDate startsOn, @Nullable LocalDate endsOn,
			OffsetDateTime now) {
		return jdbc.sql("""
				insert into tenancy (community_id, unit_id, party_id, starts_on, ends_on, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, partyId, Date.valueOf(startsOn), endsOn == null ? null : Date.valueOf(endsOn),
					now)
			.query(Long.class)
			.single();
	}

	boolean moveOutTenant(long communityId, long id, LocalDate date) {
		return jdbc.sql("""
				update tenancy set moved_out_on = ?, version = version + 1
				where community_id = ? and id = ? and moved_out_on is null""")
			.params(Date.valueOf(date), communityId, id)
			.update() == 1;
	}

	boolean livesThere(String table, long communityId, long unitId, long partyId) {
		return jdbc
			.sql("select count(*) from " + table
					+ " where community_id = ? and unit_id = ? and party_id = ? and moved_out_on is null")
			.params(communityId, unitId, partyId)
			.query(Long.class)
			.single() > 0;
	}

	// --- household members -------------------------------------------------------------

	List<HouseholdMemberView> membersOfUnit(long communityId, long unitId, Map<Long, String> labels) {
		return jdbc.sql(MEMBER + " where x.community_id = ? and x.unit_id = ? order by x.since, x.id")
			.params(communityId, unitId)
			.query(member(labels))
			.list();
	}

	List<HouseholdMemberView> membersOfParty(long communityId, long partyId, Map<Long, String> labels) {
		return jdbc.sql(MEMBER + " where x.community_id = ? and x.party_id = ? order by x.since, x.id")
			.params(communityId, partyId)
			.query(member(labels))
			.list();
	}

	Optional<long[]> locateMember(Collection<Long> communityIds, long id) {
		return locate("household_member", communityIds, id);
	}

	Optional<HouseholdMemberView> member(long communityId, long id, Map<Long, String> labels) {
		return jdbc.sql(MEMBER + " where x.community_id = ? and x.id = ?")
			.params(communityId, id)
			.query(member(labels))
			.optional();
	}

	long insertMember(long communityId, long unitId, long partyId, HouseholdRelation relation, LocalDate since,
			OffsetDateTime now) {
		return jdbc.sql("""
				insert into household_member (community_id, unit_id, party_id, relation, since, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, partyId, relation.name(), Date.valueOf(since), now)
			.query(Long.class)
			.single();
	}

	boolean moveOutMember(long communityId, long id, LocalDate date) {
		return jdbc.sql("""
				update household_member set moved_out_on = ?, version = version + 1
				where community_id = ? and id = ? and moved_out_on is null""")
			.params(Date.valueOf(date), communityId, id)
			.update() == 1;
	}

	// --- vehicles ----------------------------------------------------------------------

	List<VehicleView> vehiclesOfUnit(long communityId, long unitId, Map<Long, String> labels) {
		return jdbc.sql(VEHICLE + " where x.community_id = ? and x.unit_id = ? order by x.registered_on, x.id")
			.params(communityId, unitId)
			.query(vehicle(labels))
			.list();
	}

	List<VehicleView> vehiclesOfParty(long communityId, long partyId, Map<Long, String> labels) {
		return jdbc.sql(VEHICLE + " where x.community_id = ? and x.party_id = ? order by x.registered_on, x.id")
			.params(communityId, partyId)
			.query(vehicle(labels))
			.list();
	}

	Optional<long[]> locateVehicle(Collection<Long> communityIds, long id) {
		return locate("vehicle", communityIds, id);
	}

	Optional<VehicleView> vehicle(long communityId, long id, Map<Long, String> labels) {
		return jdbc.sql(VEHICLE + " where x.community_id = ? and x.id = ?")
			.params(communityId, id)
			.query(vehicle(labels))
			.optional();
	}

	/** The current vehicle with this plate in the community, if any. */
	Optional<Long> unitOfPlate(long communityId, String plate) {
		return jdbc.sql("select unit_id from vehicle where community_id = ? and plate = ? and removed_on is null")
			.params(communityId, plate)
			.query(Long.class)
			.optional();
	}

	long insertVehicle(long communityId, long unitId, @Nullable Long partyId, String plate, @Nullable String brand,
			@Nullable String colour, LocalDate registeredOn, OffsetDateTime now) {
		return jdbc.sql("""
				insert into vehicle (community_id, unit_id, party_id, plate, brand, colour, registered_on, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, partyId, plate, brand, colour, Date.valueOf(registeredOn), now)
			.query(Long.class)
			.single();
	}

	boolean removeVehicle(long communityId, long id, LocalDate date) {
		return jdbc.sql("""
				update vehicle set removed_on = ?, version = version + 1
				where community_id = ? and id = ? and removed_on is null""")
			.params(Date.valueOf(date), communityId, id)
			.update() == 1;
	}

	/**
	 * Current vehicles whose plate contains the (normalized) fragment, exact plates
	 * first.
	 */
	List<VehicleView> searchPlates(long communityId, String fragment, int limit, Map<Long, String> labels) {
		return jdbc.sql(VEHICLE + """
				where x.community_id = :c and x.removed_on is null and x.plate like :pattern
				order by (x.plate = :q) desc, x.plate limit :limit""")
			.param("c", communityId)
			.param("pattern", "%" + PartyRepository.escapeLike(fragment) + "%")
			.param("q", fragment)
			.param("limit", limit)
			.query(vehicle(labels))
			.list();
	}

	/** The current vehicles registered under these (normalized) plates. */
	List<VehicleView> currentByPlates(long communityId, Collection<String> plates) {
		return jdbc
			.sql(VEHICLE + " where x.community_id = ? and x.removed_on is null and x.plate = any(?) order by x.plate")
			.params(communityId, plates.toArray(String[]::new))
			.query(vehicle(Map.of()))
			.list();
	}

	// --- mapping -----------------------------------------------------------------------

	private Optional<long[]> locate(String table, Collection<Long> communityIds, long id) {
		return jdbc.sql("select community_id, unit_id from " + table + " where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	private static String label(Map<Long, String> labels, long unitId) {
		return labels.getOrDefault(unitId, "#" + unitId);
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static List<String> maskedPhones(ResultSet rs) throws SQLException {
		return Masking.phones(PartyRepository.strings(rs.getArray("phones")), false);
	}

	private static RowMapper<OwnershipView> ownership(Map<Long, String> labels) {
		return (rs, i) -> new OwnershipView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				label(labels, rs.getLong("unit_id")), rs.getLong("party_id"), PartyKind.valueOf(rs.getString("kind")),
				rs.getString("name"), maskedPhones(rs), rs.getBigDecimal("share"), date(rs, "since"),
				date(rs, "ended_on"), (Long) rs.getObject("started_by_transfer"),
				(Long) rs.getObject("ended_by_transfer"));
	}

	private static RowMapper<TenancyView> tenancy(Map<Long, String> labels) {
		return (rs, i) -> new TenancyView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				label(labels, rs.getLong("unit_id")), rs.getLong("party_id"), rs.getString("name"), maskedPhones(rs),
				date(rs, "starts_on"), date(rs, "ends_on"), date(rs, "moved_out_on"));
	}

	private static RowMapper<HouseholdMemberView> member(Map<Long, String> labels) {
		return (rs, i) -> new HouseholdMemberView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				label(labels, rs.getLong("unit_id")), rs.getLong("party_id"), rs.getString("name"), maskedPhones(rs),
				HouseholdRelation.valueOf(rs.getString("relation")), date(rs, "since"), date(rs, "moved_out_on"));
	}

	private static RowMapper<VehicleView> vehicle(Map<Long, String> labels) {
		return (rs, i) -> new VehicleView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				label(labels, rs.getLong("unit_id")), (Long) rs.getObject("party_id"), rs.getString("name"),
				rs.getString("plate"), rs.getString("brand"), rs.getString("colour"), date(rs, "registered_on"),
				date(rs, "removed_on"));
	}

}
