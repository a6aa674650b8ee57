package com.guanjia.estate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.estate.EstateEvents.CommunityCreated;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and lists communities (项目/小区). */
@Service
@Transactional
@NamedInterface("api")
public class CommunityManagement {

	private static final String COLUMNS = "id, code, name, address, time_zone, management_fee_rate, version, "
			+ "retired_on, retired_reason";

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommunityManagement(JdbcClient jdbc, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public CommunityView create(CommunityCommand command) {
		scope.require(Permission.COMMUNITY_ADMIN);
		command.validate();
		String code = command.code().strip();
		if (jdbc.sql("select count(*) from community where code = ?").param(code).query(Long.class).single() > 0) {
			throw ValidationException.of("code", "community.duplicateCode", code);
		}
		long id = jdbc.sql("""
				insert into community (code, name, address, time_zone, management_fee_rate, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(code, command.name().strip(), blankToNull(command.address()), command.zone().getId(),
					command.managementFeeRate(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
			.query(Long.class)
			.single();
		audit.record(id, "community", id, "create", command.name());
		events.publishEvent(new CommunityCreated(id, command.name().strip()));
		return load(id);
	}

	public CommunityView update(long id, int version, CommunityCommand command) {
		scope.require(Permission.COMMUNITY_ADMIN);
		get(id);
		command.validateChange();
		int updated = jdbc.sql("""
				update community set name = ?, address = ?, time_zone = ?, management_fee_rate = ?,
				version = version + 1 where id = ? and version = ?""")
			.params(command.name().strip(), blankToNull(command.address()), command.zone().getId(),
					command.managementFeeRate(), id, version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		CommunityDirectory.forgetTimeZone(id);
		audit.record(id, "community", id, "update", command.name());
		return load(id);
	}

	/** The caller's communities in service. */
	@Transactional(readOnly = true)
	public List<CommunityView> visible() {
		return visible(false);
	}

	/**
	 * The caller's communities; those the company no longer manages only when
	 * {@code includeRetired} (decision 0014).
	 */
	@Transactional(readOnly = true)
	public List<CommunityView> visible(boolean includeRetired) {
		scope.require(Permission.ESTATE_READ);
		return jdbc
			.sql("select " + COLUMNS + " from community where id = any(?) and (? or retired_on is null) order by id")
			.params(scope.allowedIds().toArray(Long[]::new), includeRetired)
			.query(CommunityManagement::map)
			.list();
	}

	@Transactional(readOnly = true)
	public CommunityView get(long id) {
		scope.require(Permission.ESTATE_READ);
		scope.requireVisible(id, "community", id);
		return load(id);
	}

	/**
	 * The community as its edit page shows it (R1.1): not found (404) when the caller may
	 * not see it, refused (403) without the permission that {@link #update} requires.
	 */
	@Transactional(readOnly = true)
	public CommunityView forChange(long id) {
		CommunityView community = get(id);
		scope.require(Permission.COMMUNITY_ADMIN);
		return community;
	}

	private CommunityView load(long id) {
		return jdbc.sql("select " + COLUMNS + " from community where id = ?")
			.param(id)
			.query(CommunityManagement::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("community", id));
	}

	private static CommunityView map(ResultSet rs, int row) throws SQLException {
		return new CommunityView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("address"),
				ZoneId.of(rs.getString("time_zone")), rs.getBigDecimal("management_fee_rate"), rs.getInt("version"),
				UnitRepository.retirement(rs));
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
