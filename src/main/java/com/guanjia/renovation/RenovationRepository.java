package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.guanjia.estate.UnitState;
import com.guanjia.renovation.Application.Applicant;
import com.guanjia.renovation.Renovation.Checked;
import com.guanjia.renovation.Application.Contractor;
import com.guanjia.renovation.Renovation.Refund;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves renovations and appends their history; every statement names the
 * community. A step loads the renovation {@code for update} (two staff on one renovation
 * never interleave) and saves it with the version check. The proxy's ID number is kept
 * encrypted ({@link PersonalIds}).
 */
@Repository
class RenovationRepository {

	private static final String COLUMNS = """
			r.id, r.community_id, r.unit_id, r.unit_label, r.status, r.applicant_kind, r.owner_party_id, r.owner_name,
			r.applicant_phone, r.proxy_name, r.proxy_id_card_enc, r.items, r.structural, r.contractor_name,
			r.contractor_leader, r.contractor_phone, r.planned_start, r.planned_end, r.approval_checked_by,
			r.approval_checked_at, r.permit_number, r.permit_from, r.permit_until, r.permitted_by, r.permitted_at,
			r.garbage_fee, r.garbage_line_id, r.deposit_amount, r.deposit_id, r.previous_unit_state, r.accepted_by,
			r.accepted_at, r.refund_deduction, r.refund_reason, r.refund_requested_at, r.closed_at, r.applied_by,
			r.applied_at, r.request_key, r.version,
			array(select distinct d.kind from renovation_document d
			  where d.community_id = r.community_id and d.renovation_id = r.id) as papers""";

	private final JdbcClient jdbc;

	private final HistoryRepository history;

	private final PersonalIds ids;

	RenovationRepository(JdbcClient jdbc, HistoryRepository history, PersonalIds ids) {
		this.jdbc = jdbc;
		this.history = history;
		this.ids = ids;
	}

	/**
	 * An id for a new renovation, so the model and its events are whole before saving.
	 */
	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('renovation', 'id'))").query(Long.class).single();
	}

	Optional<Renovation> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from renovation r where r.community_id = any(?) and r.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(this::map)
			.optional();
	}

	/** The renovation, locked for the rest of the transaction. */
	Optional<Renovation> lock(List<Long> communityIds, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from renovation r where r.community_id = any(?) and r.id = ? for update of r")
			.params(communityIds.toArray(Long[]::new), id)
			.query(this::map)
			.optional();
	}

	/** The renovation whose deposit this is, locked (when a refund is approved). */
	Optional<Renovation> lockByDeposit(long communityId, long depositId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from renovation r where r.community_id = ? and r.deposit_id = ? for update of r")
			.params(communityId, depositId)
			.query(this::map)
			.optional();
	}

	/** The unit's renovation being applied for or under way, if any. */
	Optional<Long> openOfUnit(long communityId, long unitId) {
		return jdbc
			.sql("""
					select id from renovation where community_id = ? and unit_id = ? and status in ('APPLIED', 'PERMITTED')""")
			.params(communityId, unitId)
			.query(Long.class)
			.optional();
	}

	Optional<Long> idByRequestKey(long communityId, String requestKey) {
		return jdbc.sql("select id from renovation where community_id = ? and request_key = ?")
			.params(communityId, requestKey)
			.query(Long.class)
			.optional();
	}

	/**
	 * A community's renovations in a state (all when null), newest first (at most 500).
	 */
	List<Renovation> list(long communityId, @Nullable RenovationStatus status) {
		return jdbc
			.sql("select " + COLUMNS + " from renovation r where r.community_id = ? and (cast(? as text) is null"
					+ " or r.status = ?) order by r.id desc limit 500")
			.params(communityId, status == null ? null : status.name(), status == null ? null : status.name())
			.query(this::map)
			.list();
	}

	/** The unit's renovations, newest first. */
	List<Renovation> ofUnit(long communityId, long unitId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from renovation r where r.community_id = ? and r.unit_id = ? order by r.id desc")
			.params(communityId, unitId)
			.query(this::map)
			.list();
	}

	/** The ids of the renovations whose permit runs on the day (for the daily checks). */
	List<Long> permittedOn(long communityId, LocalDate day) {
		return jdbc.sql("""
				select id from renovation where community_id = ? and status = 'PERMITTED'
				  and permit_from <= ? and permit_until >= ? order by id""")
			.params(communityId, Date.valueOf(day), Date.valueOf(day))
			.query(Long.class)
			.list();
	}

	/** The communities with a renovation under way. */
	List<Long> communitiesWithPermits() {
		return jdbc.sql("select distinct community_id from renovation where status = 'PERMITTED'")
			.query(Long.class)
			.list();
	}

	/**
	 * Inserts a new renovation or updates a loaded one ({@code ConflictException} when it
	 * changed since), and appends the history of its new steps.
	 */
	void save(Renovation r) {
		if (r.isNew()) {
			insert(r);
		}
		else {
			update(r);
		}
		history.append(r.communityId(), HistoryRepository.RENOVATION, r.id(), r.takeSteps());
	}

	private void insert(Renovation r) {
		Application a = r.application();
		Applicant who = a.applicant();
		PersonalIds.Sealed proxyId = ids.sealOrNull(who.proxyIdCard());
		jdbc.sql("""
				insert into renovation (community_id, id, unit_id, unit_label, status, applicant_kind, owner_party_id,
				  owner_name, applicant_phone, proxy_name, proxy_id_card_enc, proxy_id_card_tail, items, structural,
				  contractor_name, contractor_leader, contractor_phone, planned_start, planned_end, applied_by,
				  applied_at, request_key)
				overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.communityId(), r.id(), a.unitId(), a.unitLabel(), r.status().name(), who.kind().name(),
					who.ownerPartyId(), who.ownerName(), who.phone(), who.proxyName(),
					proxyId == null ? null : proxyId.encrypted(), proxyId == null ? null : proxyId.tail(), a.works(),
					a.structural(), a.contractor().name(), a.contractor().leader(), a.contractor().phone(),
					Date.valueOf(a.plannedStart()), Date.valueOf(a.plannedEnd()), a.appliedBy(), utc(a.appliedAt()),
					a.requestKey())
			.update();
	}

	private void update(Renovation r) {
		Checked approval = r.approvalChecked();
		Permit p = r.permit();
		Checked accepted = r.accepted();
		Refund refund = r.refund();
		int updated = jdbc.sql("""
				update renovation set status = ?, approval_checked_by = ?, approval_checked_at = ?, permit_number = ?,
				  permit_from = ?, permit_until = ?, permitted_by = ?, permitted_at = ?, garbage_fee = ?,
				  garbage_line_id = ?, deposit_amount = ?, deposit_id = ?, previous_unit_state = ?, accepted_by = ?,
				  accepted_at = ?, refund_deduction = ?, refund_reason = ?, refund_requested_at = ?, closed_at = ?,
				  version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(r.status().name(), approval == null ? null : approval.by(),
					approval == null ? null : utc(approval.at()), p == null ? null : p.number(),
					p == null ? null : Date.valueOf(p.from()), p == null ? null : Date.valueOf(p.until()),
					p == null ? null : p.by(), p == null ? null : utc(p.at()),
					p == null ? null : p.garbageFee().amount(), p == null ? null : p.garbageLineId(),
					p == null ? null : p.deposit().amount(), p == null ? null : p.depositId(),
					p == null ? null : p.previousUnitState().name(), accepted == null ? null : accepted.by(),
					accepted == null ? null : utc(accepted.at()), refund == null ? null : refund.deduction().amount(),
					refund == null ? null : refund.reason(), refund == null ? null : utc(refund.requestedAt()),
					utcOrNull(r.closedAt()), r.communityId(), r.id(), r.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private Renovation map(ResultSet rs, int row) throws SQLException {
		Applicant applicant = new Applicant(ApplicantKind.valueOf(rs.getString("applicant_kind")),
				(Long) rs.getObject("owner_party_id"), rs.getString("owner_name"), rs.getString("applicant_phone"),
				rs.getString("proxy_name"), ids.open(rs.getBytes("proxy_id_card_enc")));
		Application application = new Application(rs.getLong("unit_id"), rs.getString("unit_label"), applicant,
				rs.getString("items"), rs.getBoolean("structural"),
				new Contractor(rs.getString("contractor_name"), rs.getString("contractor_leader"),
						rs.getString("contractor_phone")),
				rs.getDate("planned_start").toLocalDate(), rs.getDate("planned_end").toLocalDate(),
				rs.getString("applied_by"), Objects.requireNonNull(instant(rs, "applied_at")),
				rs.getString("request_key"));
		Set<DocumentKind> papers = EnumSet.noneOf(DocumentKind.class);
		for (String kind : (String[]) rs.getArray("papers").getArray()) {
			papers.add(DocumentKind.valueOf(kind));
		}
		return Renovation.restore(new Renovation.Stored(rs.getLong("id"), rs.getLong("community_id"), application,
				RenovationStatus.valueOf(rs.getString("status")), papers,
				checked(rs.getString("approval_checked_by"), instant(rs, "approval_checked_at")), permit(rs),
				checked(rs.getString("accepted_by"), instant(rs, "accepted_at")), refund(rs), instant(rs, "closed_at"),
				rs.getInt("version")));
	}

	private static @Nullable Checked checked(@Nullable String by, @Nullable Instant at) {
		return by == null || at == null ? null : new Checked(by, at);
	}

	private static @Nullable Permit permit(ResultSet rs) throws SQLException {
		String number = rs.getString("permit_number");
		if (number == null) {
			return null;
		}
		return new Permit(number, rs.getDate("permit_from").toLocalDate(), rs.getDate("permit_until").toLocalDate(),
				rs.getString("permitted_by"), Objects.requireNonNull(instant(rs, "permitted_at")),
				Money.of(rs.getBigDecimal("garbage_fee")), (Long) rs.getObject("garbage_line_id"),
				Money.of(rs.getBigDecimal("deposit_amount")), (Long) rs.getObject("deposit_id"),
				UnitState.valueOf(rs.getString("previous_unit_state")));
	}

	private static @Nullable Refund refund(ResultSet rs) throws SQLException {
		Instant at = instant(rs, "refund_requested_at");
		return at == null ? null
				: new Refund(Money.of(rs.getBigDecimal("refund_deduction")), rs.getString("refund_reason"), at);
	}

}
