package com.guanjia.estate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parking spaces (车位, R1.2): sold, rented or vacant, and to which unit. */
@Service
@Transactional
@NamedInterface("api")
public class ParkingManagement {

	private static final String SELECT = """
			select p.id, p.community_id, p.code, p.zone, p.state, p.unit_id, u.label, p.version, p.retired_on,
			  p.retired_reason
			from parking_space p left join unit u on u.community_id = p.community_id and u.id = p.unit_id """;

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	private final UnitManagement units;

	ParkingManagement(JdbcClient jdbc, CommunityScope scope, AuditTrail audit, Clock clock, UnitManagement units) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.units = units;
	}

	public ParkingSpaceView create(long communityId, ParkingCommand command) {
		scope.require(Permission.ESTATE_WRITE);
		scope.require(communityId);
		command.validate();
		units.requireInService(communityId);
		checkUnit(communityId, command.unitId(), null);
		String code = command.code().strip();
		if (jdbc.sql("select count(*) from parking_space where community_id = ? and code = ?")
			.params(communityId, code)
			.query(Long.class)
			.single() > 0) {
			throw ValidationException.of("code", "parking.duplicateCode", code);
		}
		long id = jdbc.sql("""
				insert into parking_space (community_id, code, zone, state, unit_id, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, code, CommunityManagement.blankToNull(command.zone()), command.state().name(),
					command.unitId(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.single();
		audit.record(communityId, "parking", id, "create", code + " " + command.state());
		return get(id);
	}

	public ParkingSpaceView change(long id, int version, ParkingCommand command) {
		scope.require(Permission.ESTATE_WRITE);
		ParkingSpaceView before = get(id);
		command.validate();
		checkUnit(before.communityId(), command.unitId(), before.unitId());
		int updated = jdbc.sql("""
				update parking_space set zone = ?, state = ?, unit_id = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(CommunityManagement.blankToNull(command.zone()), command.state().name(), command.unitId(),
					before.communityId(), id, version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		audit.record(before.communityId(), "parking", id, "update", before.state() + " -> " + command.state());
		return get(id);
	}

	@Transactional(readOnly = true)
	public ParkingSpaceView get(long id) {
		scope.require(Permission.ESTATE_READ);
		return jdbc.sql(SELECT + " where p.community_id = any(?) and p.id = ?")
			.params(scope.allowedIds().toArray(Long[]::new), id)
			.query(ParkingManagement::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("parking", id));
	}

	/**
	 * The community's parking spaces in service, of one state or all: the list, and a
	 * billing run's rented spaces (decision 0014: a retired space is not billed).
	 */
	@Transactional(readOnly = true)
	public List<ParkingSpaceView> list(long communityId, @Nullable ParkingState state) {
		return list(communityId, state, false);
	}

	/**
	 * The community's parking spaces, the retired ones too when {@code includeRetired}.
	 */
	@Transactional(readOnly = true)
	public List<ParkingSpaceView> list(long communityId, @Nullable ParkingState state, boolean includeRetired) {
		scope.require(Permission.ESTATE_READ);
		scope.require(communityId);
		return jdbc
			.sql(SELECT + " where p.community_id = ? and (cast(? as text) is null or p.state = ?)"
					+ " and (? or p.retired_on is null) order by p.code")
			.params(communityId, state == null ? null : state.name(), state == null ? null : state.name(),
					includeRetired)
			.query(ParkingManagement::map)
			.list();
	}

	/**
	 * The unit a space is tied to must exist; a newly tied one must be in service
	 * (decision 0014).
	 */
	private void checkUnit(long communityId, @Nullable Long unitId, @Nullable Long before) {
		if (unitId == null) {
			return;
		}
		UnitView unit = units.find(UnitId.of(communityId, unitId))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		if (unit.retired() && !unitId.equals(before)) {
			throw ValidationException.of("unitId", "unit.retired", unit.label(), unit.retirement().retiredOn());
		}
	}

	private static ParkingSpaceView map(ResultSet rs, int row) throws SQLException {
		return new ParkingSpaceView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"),
				rs.getString("zone"), ParkingState.valueOf(rs.getString("state")), (Long) rs.getObject("unit_id"),
				rs.getString("label"), rs.getInt("version"), UnitRepository.retirement(rs));
	}

}
