package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves parking cards and appends their history; every statement names the
 * community. A step loads the card {@code for update} and saves it with the version
 * check.
 */
@Repository
class ParkingCardRepository {

	private static final String COLUMNS = """
			id, community_id, number, kind, plate, holder_name, unit_id, unit_label, space_id, space_code, valid_from,
			valid_to, status, cancelled_reason, created_at, version""";

	private final JdbcClient jdbc;

	private final CarparkHistory history;

	ParkingCardRepository(JdbcClient jdbc, CarparkHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('parking_card', 'id'))").query(Long.class).single();
	}

	Optional<ParkingCard> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from parking_card where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ParkingCardRepository::map)
			.optional();
	}

	Optional<ParkingCard> lock(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from parking_card where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ParkingCardRepository::map)
			.optional();
	}

	Optional<ParkingCard> byNumber(long communityId, String number) {
		return jdbc.sql("select " + COLUMNS + " from parking_card where community_id = ? and number = ?")
			.params(communityId, number)
			.query(ParkingCardRepository::map)
			.optional();
	}

	Optional<Long> idByRequestKey(long communityId, String key) {
		return jdbc.sql("select id from parking_card where community_id = ? and request_key = ?")
			.params(communityId, key)
			.query(Long.class)
			.optional();
	}

	/** The plate's cards, active ones first, the latest end first. */
	List<ParkingCard> ofPlate(long communityId, String plate) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_card where community_id = ? and plate = ?"
					+ " order by status = 'ACTIVE' desc, valid_to desc, id desc")
			.params(communityId, plate)
			.query(ParkingCardRepository::map)
			.list();
	}

	/** Every card of these plates, whatever its state (the space check). */
	List<ParkingCard> ofPlates(long communityId, Collection<String> plates) {
		if (plates.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from parking_card where community_id = ? and plate = any(?) order by id")
			.params(communityId, plates.toArray(String[]::new))
			.query(ParkingCardRepository::map)
			.list();
	}

	/** Active fixed-space cards on a space whose dates overlap {@code [from, to]}. */
	List<ParkingCard> activeOnSpace(long communityId, long spaceId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_card where community_id = ? and space_id = ?"
					+ " and status = 'ACTIVE' and valid_from <= ? and valid_to >= ? order by id")
			.params(communityId, spaceId, Date.valueOf(to), Date.valueOf(from))
			.query(ParkingCardRepository::map)
			.list();
	}

	/**
	 * Fixed-space cards active during some day of {@code [from, to]} (the space check).
	 */
	List<ParkingCard> fixedActiveDuring(long communityId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_card where community_id = ? and kind = 'FIXED_SPACE'"
					+ " and status = 'ACTIVE' and valid_from <= ? and valid_to >= ? order by id")
			.params(communityId, Date.valueOf(to), Date.valueOf(from))
			.query(ParkingCardRepository::map)
			.list();
	}

	/** A page of a community's cards, optionally of plates containing a fragment. */
	List<ParkingCard> list(long communityId, @Nullable String plate, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_card where community_id = ?"
					+ " and (cast(? as text) is null or strpos(plate, ?) > 0) order by id desc limit ?")
			.params(communityId, plate, plate, limit)
			.query(ParkingCardRepository::map)
			.list();
	}

	List<HistoryLine> history(long communityId, long id) {
		return history.of(communityId, CarparkHistory.CARD, id);
	}

	/** Whether the card was renewed with this request key (its history line names it). */
	boolean renewedWith(long communityId, long id, String requestKey) {
		return jdbc.sql("""
				select count(*) from carpark_history where community_id = ? and subject = ? and subject_id = ?
				  and action = 'RENEW' and note like ?""")
			.params(communityId, CarparkHistory.CARD, id, "% [" + requestKey.replace("%", "") + "]")
			.query(Long.class)
			.single() > 0;
	}

	void save(ParkingCard c, @Nullable String requestKey) {
		if (c.isNew()) {
			ParkingCard.Holder h = c.holder();
			jdbc.sql("""
					insert into parking_card (community_id, id, number, kind, plate, holder_name, unit_id, unit_label,
					  space_id, space_code, valid_from, valid_to, status, request_key, created_at)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.communityId(), c.id(), c.number(), c.kind().name(), h.plate(), h.name(), h.unitId(),
						h.unitLabel(), h.spaceId(), h.spaceCode(), Date.valueOf(c.validFrom()),
						Date.valueOf(c.validTo()), c.status().name(), requestKey, utc(c.createdAt()))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update parking_card set valid_to = ?, status = ?, cancelled_reason = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(Date.valueOf(c.validTo()), c.status().name(), c.cancelledReason(), c.communityId(), c.id(),
						c.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		history.append(c.communityId(), CarparkHistory.CARD, c.id(), c.steps());
	}

	private static ParkingCard map(ResultSet rs, int row) throws SQLException {
		ParkingCard.Holder holder = new ParkingCard.Holder(rs.getString("plate"), rs.getString("holder_name"),
				(Long) rs.getObject("unit_id"), rs.getString("unit_label"), (Long) rs.getObject("space_id"),
				rs.getString("space_code"));
		return ParkingCard.restore(rs.getLong("id"), rs.getLong("community_id"), rs.getString("number"),
				CardKind.valueOf(rs.getString("kind")), holder, rs.getDate("valid_from").toLocalDate(),
				rs.getDate("valid_to").toLocalDate(), CardStatus.valueOf(rs.getString("status")),
				rs.getString("cancelled_reason"), Objects.requireNonNull(instant(rs, "created_at")),
				rs.getInt("version"));
	}

}
