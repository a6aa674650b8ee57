package com.guanjia.meters;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.MeterEvents.BaseReadingConfirmed;
import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.meters.MeterEvents.ReadingRechecked;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meters and their readings (R7.1, R7.2): registers meters, records monthly readings
 * (checking them and holding abnormal ones back from billing), base readings at move-in
 * and the outcome of engineering's re-check.
 */
@Service
@Transactional
public class MeterManagement {

	private final JdbcClient jdbc;

	private final MeterRepository repository;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeterManagement(JdbcClient jdbc, MeterRepository repository, UnitManagement units, CommunityDirectory communities,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public MeterView register(long communityId, MeterCommand command) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		command.validate();
		String code = command.code().strip();
		if (command.unitId() != null && units.find(UnitId.of(communityId, command.unitId())).isEmpty()) {
			throw ValidationException.of("unitId", "validation.unit.unknown");
		}
		if (repository.meterByCode(communityId, code).isPresent()) {
			throw ValidationException.of("code", "meter.duplicateCode", code);
		}
		long id = jdbc.sql("""
				insert into meter (community_id, kind, code, unit_id, building_id, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, command.kind().name(), code, command.unitId(), command.buildingId(), now())
			.query(Long.class)
			.single();
		audit.record(communityId, "meter", id, "create", command.kind() + " " + code);
		return repository.meter(List.of(communityId), id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<MeterView> meters(long communityId, @Nullable Long unitId) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		return repository.meters(communityId, unitId);
	}

	/** A unit's meters for its page (read access to fees suffices). */
	@Transactional(readOnly = true)
	public List<ReadingView> unitReadings(long unitId) {
		UnitView unit = units.get(unitId);
		return repository.meters(unit.communityId(), unitId)
			.stream()
			.flatMap(m -> repository.readingsOfMeter(unit.communityId(), m.id()).stream().limit(13))
			.toList();
	}

	/**
	 * The month it is now in the community's time zone (the readings page's default): a
	 * Shanghai month starts eight hours before the UTC one.
	 */
	public YearMonth thisMonth(long communityId) {
		scope.require(communityId);
		return YearMonth.now(clock.withZone(communities.timeZone(communityId)));
	}

	@Transactional(readOnly = true)
	public MeterSettings settings(long communityId) {
		scope.require(communityId);
		return loadSettings(communityId);
	}

	public MeterSettings changeSettings(long communityId, MeterSettings settings) {
		scope.require(Permission.FEE_ADMIN);
		scope.require(communityId);
		settings.validate();
		jdbc.sql("""
				insert into meter_settings (community_id, spike_factor, history_months, custodial_water_limit,
				  custodial_electricity_limit) values (?, ?, ?, ?, ?)
				on conflict (community_id) do update set spike_factor = excluded.spike_factor,
				  history_months = excluded.history_months, custodial_water_limit = excluded.custodial_water_limit,
				  custodial_electricity_limit = excluded.custodial_electricity_limit,
				  version = meter_settings.version + 1""")
			.params(communityId, settings.spikeFactor(), settings.historyMonths(), settings.custodialWaterLimit(),
					settings.custodialElectricityLimit())
			.update();
		audit.record(communityId, "meter-settings", communityId, "update", settings.toString());
		return settings;
	}

	/**
	 * A monthly reading entered by hand; an abnormal one is stored but held back (R7.1).
	 */
	public ReadingView record(long communityId, ReadingCommand command) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		command.validate();
		MeterView meter = meterByCode(communityId, command.meterCode());
		return insert(meter, command, "MANUAL", null);
	}

	/**
	 * Several readings (a spreadsheet): all are checked first, then all are stored, or
	 * none.
	 */
	public List<ReadingView> recordAll(long communityId, List<ReadingCommand> commands) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		Problems p = new Problems();
		for (int i = 0; i < commands.size(); i++) {
			ReadingCommand c = commands.get(i);
			Problems row = new Problems();
			c.validate(row);
			if (row.isEmpty() && repository.meterByCode(communityId, c.meterCode().strip()).isEmpty()) {
				row.add("meterCode", "meter.unknown", c.meterCode());
			}
			for (var problem : row.list()) {
				p.add("row" + (i + 2), "reading.import.row", i + 2, problem.field(), problem.code());
			}
		}
		p.throwIfAny();
		return commands.stream().map(c -> insert(meterByCode(communityId, c.meterCode()), c, "IMPORT", null)).toList();
	}

	/**
	 * A month's readings from an .xlsx sheet (see {@link ReadingSheet}): all stored, or
	 * none.
	 */
	public List<ReadingView> importSheet(long communityId, YearMonth period, java.io.InputStream sheet) {
		return recordAll(communityId, ReadingSheet.parse(sheet, period));
	}

	/** The base reading at move-in, confirmed jointly with the owner (R7.2). */
	public ReadingView recordBase(long meterId, BigDecimal reading, @Nullable LocalDate readOn, String ownerName) {
		scope.require(Permission.METER_READING);
		MeterView meter = repository.meter(scope.allowedIds(), meterId)
			.orElseThrow(() -> new NotFoundException("meter", meterId));
		Problems p = new Problems();
		p.required("reading", reading);
		ReadingCommand.number(p, "reading", reading);
		p.text("ownerName", ownerName, 50);
		p.throwIfAny();
		boolean exists = jdbc
			.sql("select count(*) from meter_reading where community_id = ? and meter_id = ? and kind = 'BASE'")
			.params(meter.communityId(), meterId)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new ConflictException("reading.baseExists", meter.code());
		}
		long id = jdbc.sql("""
				insert into meter_reading (community_id, meter_id, kind, reading, status, read_on, source,
				  owner_confirmed, entered_by, created_at)
				values (?, ?, 'BASE', ?, 'OK', ?, 'MANUAL', ?, ?, ?) returning id""")
			.params(meter.communityId(), meterId, reading,
					Date.valueOf(readOn == null ? today(meter.communityId()) : readOn), ownerName.strip(),
					scope.actor(), now())
			.query(Long.class)
			.single();
		audit.record(meter.communityId(), "meter-reading", id, "base", meter.code() + " " + reading + " " + ownerName);
		events.publishEvent(new BaseReadingConfirmed(meter.communityId(), meterId, meter.unitId(), ownerName.strip()));
		return repository.reading(List.of(meter.communityId()), id).orElseThrow();
	}

	/**
	 * Engineering re-checked a held reading and found it right: it is billed as it is.
	 */
	public ReadingView confirm(long readingId, int version, String note) {
		scope.require(Permission.METER_READING);
		ReadingView held = heldReading(readingId);
		Problems p = new Problems();
		p.text("note", note, 200);
		p.throwIfAny();
		int updated = jdbc.sql("""
				update meter_reading set status = 'CONFIRMED', note = ?, version = version + 1
				where community_id = ? and id = ? and version = ? and status = 'HELD'""")
			.params(note.strip(), held.communityId(), readingId, version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		audit.record(held.communityId(), "meter-reading", readingId, "confirm", note);
		events.publishEvent(new ReadingRechecked(held.communityId(), readingId, held.meterId(), held.meterCode(),
				held.unitId(), false, null));
		return repository.reading(List.of(held.communityId()), readingId).orElseThrow();
	}

	/**
	 * Engineering re-read the meter: the held reading is superseded by the corrected one,
	 * checked again.
	 */
	public ReadingView correct(long readingId, int version, ReadingCommand corrected, String note) {
		scope.require(Permission.METER_READING);
		ReadingView held = heldReading(readingId);
		corrected.validate();
		int updated = jdbc.sql("""
				update meter_reading set status = 'SUPERSEDED', note = ?, version = version + 1
				where community_id = ? and id = ? and version = ? and status = 'HELD'""")
			.params(note, held.communityId(), readingId, version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		MeterView meter = repository.meter(List.of(held.communityId()), held.meterId()).orElseThrow();
		audit.record(held.communityId(), "meter-reading", readingId, "correct",
				held.reading() + " -> " + corrected.reading());
		ReadingView replacement = insert(meter, corrected, "MANUAL", note);
		events.publishEvent(new ReadingRechecked(held.communityId(), readingId, held.meterId(), held.meterCode(),
				held.unitId(), true, replacement.id()));
		return replacement;
	}

	@Transactional(readOnly = true)
	public List<ReadingView> readings(long communityId, @Nullable YearMonth month, @Nullable ReadingStatus status) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		return repository.readings(communityId, month == null ? null : month.atDay(1), status);
	}

	private ReadingView heldReading(long readingId) {
		ReadingView reading = repository.reading(scope.allowedIds(), readingId)
			.orElseThrow(() -> new NotFoundException("reading", readingId));
		if (reading.status() != ReadingStatus.HELD) {
			throw new RuleViolationException("reading.notHeld");
		}
		return reading;
	}

	private MeterView meterByCode(long communityId, String code) {
		return repository.meterByCode(communityId, code.strip())
			.orElseThrow(() -> ValidationException.of("meterCode", "meter.unknown", code));
	}

	private ReadingView insert(MeterView meter, ReadingCommand c, String source, @Nullable String note) {
		long communityId = meter.communityId();
		LocalDate period = c.period().atDay(1);
		BigDecimal previous = repository.previousValue(communityId, meter.id(), period)
			.orElseThrow(() -> ValidationException.of("meterCode", "reading.noBase", meter.code()));
		boolean exists = jdbc.sql("""
				select count(*) from meter_reading where community_id = ? and meter_id = ? and period = ?
				  and kind = 'REGULAR' and status <> 'SUPERSEDED'""")
			.params(communityId, meter.id(), Date.valueOf(period))
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new ConflictException("reading.duplicate", meter.code(), c.period());
		}
		MeterSettings settings = loadSettings(communityId);
		BigDecimal custodialLimit = null;
		if (meter.unitId() != null && units.find(UnitId.of(communityId, meter.unitId()))
			.map(u -> u.state() == UnitState.CUSTODIAL)
			.orElse(false)) {
			custodialLimit = settings.custodialLimit(meter.kind());
		}
		ReadingCheck check = ReadingCheck.of(previous, c.reading(),
				c.isReplacement() ? new ReadingCheck.Replacement(c.replacedFinal(), c.replacedInitial()) : null,
				repository.history(communityId, meter.id(), period, settings.historyMonths()), settings.spikeFactor(),
				custodialLimit);
		ReadingStatus status = check.hold() == null ? ReadingStatus.OK : ReadingStatus.HELD;
		long id = jdbc.sql("""
				insert into meter_reading (community_id, meter_id, kind, period, reading, previous, consumption,
				  replaced_final, replaced_initial, status, hold_reason, read_on, source, note, entered_by, created_at)
				values (?, ?, 'REGULAR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, meter.id(), Date.valueOf(period), c.reading(), previous, check.consumption(),
					c.replacedFinal(), c.replacedInitial(), status.name(),
					check.hold() == null ? null : check.hold().name(),
					Date.valueOf(c.readOn() == null ? today(communityId) : c.readOn()), source, note, scope.actor(),
					now())
			.query(Long.class)
			.single();
		audit.record(communityId, "meter-reading", id, "record", meter.code() + " " + c.period() + " " + c.reading()
				+ (check.hold() == null ? "" : " held " + check.hold()));
		if (check.hold() != null) {
			events
				.publishEvent(new ReadingHeld(communityId, id, meter.id(), meter.code(), meter.unitId(), check.hold()));
		}
		return repository.reading(List.of(communityId), id).orElseThrow();
	}

	MeterSettings loadSettings(long communityId) {
		return jdbc.sql("""
				select spike_factor, history_months, custodial_water_limit, custodial_electricity_limit
				from meter_settings where community_id = ?""")
			.param(communityId)
			.query((rs, i) -> new MeterSettings(rs.getBigDecimal(1), rs.getInt(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4)))
			.optional()
			.orElse(MeterSettings.DEFAULTS);
	}

	private LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
