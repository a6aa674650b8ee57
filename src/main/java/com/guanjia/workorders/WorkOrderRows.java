package com.guanjia.workorders;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.workorders.WorkOrderSnapshot.Assignment;
import com.guanjia.workorders.WorkOrderSnapshot.Classification;
import com.guanjia.workorders.WorkOrderSnapshot.Closure;
import com.guanjia.workorders.WorkOrderSnapshot.Complaint;
import com.guanjia.workorders.WorkOrderSnapshot.FirstContact;
import com.guanjia.workorders.WorkOrderSnapshot.Header;
import com.guanjia.workorders.WorkOrderSnapshot.Outcome;
import com.guanjia.workorders.WorkOrderSnapshot.Pause;
import com.guanjia.workorders.WorkOrderSnapshot.Place;
import com.guanjia.workorders.WorkOrderSnapshot.Reporter;
import com.guanjia.workorders.WorkOrderSnapshot.Request;
import com.guanjia.workorders.WorkOrderSnapshot.Standing;
import com.guanjia.workorders.WorkOrderSnapshot.Visit;
import org.jspecify.annotations.Nullable;

/**
 * A {@code work_order} row read into a {@link WorkOrderSnapshot}, part by part, for the
 * repositories of this module.
 */
final class WorkOrderRows {

	/** The columns every read of a whole order selects. */
	static final String COLUMNS = """
			community_id, id, number, kind, status, unit_id, unit_label, location, reporter_party_id, reporter_name,
			reporter_phone, reporter_staff_id, description, convenient_time, immediate, appointment_at, category, warranty, warranty_until,
			leak, safety, severity, complained_party, resident_wants, resident_deadline, answer, result, valid,
			department_id, technician_id, technician_name, hold_reason, status_before_hold, cancel_reason, solution,
			consent_at, arrived_at, completed_at, leak_test_at, confirmation_code, signed_by, signature_file_id,
			signed_at, inspected_by, inspected_at, closed_at, due_at, adjustment, adjustment_reason, escalation_level,
			reopen_count, source_record_id, first_contact_at, first_contact_channel, first_contact_staff_id,
			first_contact_by, declined, created_at, version""";

	private WorkOrderRows() {
	}

	static WorkOrderSnapshot snapshot(ResultSet rs, int row) throws SQLException {
		return new WorkOrderSnapshot(header(rs), request(rs), classification(rs), complaint(rs),
				new Assignment(nullableLong(rs, "department_id"), nullableLong(rs, "technician_id"),
						rs.getString("technician_name")),
				new Visit(SqlTime.instant(rs, "appointment_at"), SqlTime.instant(rs, "arrived_at"),
						rs.getString("solution"), SqlTime.instant(rs, "consent_at")),
				new Outcome(rs.getString("answer"), rs.getString("result"), (Boolean) rs.getObject("valid"),
						SqlTime.instant(rs, "completed_at"), SqlTime.instant(rs, "leak_test_at"),
						rs.getString("confirmation_code")),
				new Closure(rs.getString("signed_by"), nullableLong(rs, "signature_file_id"),
						SqlTime.instant(rs, "signed_at"), rs.getString("inspected_by"),
						SqlTime.instant(rs, "inspected_at"), SqlTime.instant(rs, "closed_at")),
				new Pause(value(HoldReason.class, rs.getString("hold_reason")),
						value(WorkOrderStatus.class, rs.getString("status_before_hold")), rs.getString("cancel_reason"),
						rs.getBoolean("declined")),
				new Standing(SqlTime.instant(rs, "due_at"), rs.getBigDecimal("adjustment"),
						rs.getString("adjustment_reason"), rs.getInt("escalation_level"), rs.getInt("reopen_count")));
	}

	static WorkOrder order(ResultSet rs, int row) throws SQLException {
		return WorkOrder.restore(snapshot(rs, row));
	}

	private static Header header(ResultSet rs) throws SQLException {
		return new Header(rs.getLong("id"), rs.getLong("community_id"), rs.getString("number"),
				WorkOrderKind.valueOf(rs.getString("kind")), WorkOrderStatus.valueOf(rs.getString("status")),
				SqlTime.instant(rs, "created_at"), rs.getInt("version"));
	}

	private static Request request(ResultSet rs) throws SQLException {
		return new Request(new Place(nullableLong(rs, "unit_id"), rs.getString("unit_label"), rs.getString("location")),
				new Reporter(nullableLong(rs, "reporter_party_id"), rs.getString("reporter_name"),
						rs.getString("reporter_phone"), nullableLong(rs, "reporter_staff_id")),
				rs.getString("description"), rs.getString("convenient_time"), rs.getBoolean("immediate"),
				nullableLong(rs, "source_record_id"));
	}

	private static Classification classification(ResultSet rs) throws SQLException {
		return new Classification(rs.getString("category"), Warranty.Decision.valueOf(rs.getString("warranty")),
				date(rs, "warranty_until"), rs.getBoolean("leak"), rs.getBoolean("safety"));
	}

	private static @Nullable Complaint complaint(ResultSet rs) throws SQLException {
		Severity severity = value(Severity.class, rs.getString("severity"));
		if (severity == null) {
			return null;
		}
		Instant contactAt = SqlTime.instant(rs, "first_contact_at");
		FirstContact contact = contactAt == null ? null
				: new FirstContact(contactAt, ContactChannel.valueOf(rs.getString("first_contact_channel")),
						rs.getLong("first_contact_staff_id"), rs.getString("first_contact_by"));
		return new Complaint(severity, rs.getString("complained_party"), rs.getString("resident_wants"),
				date(rs, "resident_deadline"), contact);
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		return (Long) rs.getObject(column);
	}

	static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

	static @Nullable Date sqlDate(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

}
