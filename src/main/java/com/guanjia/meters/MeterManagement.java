package com.guanjia.meters;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Meters and their readings (R7.1, R7.2): registers meters, records monthly readings
 * (checking them and holding abnormal ones back from billing), base readings at move-in
 * and the outcome of engineering's re-check. The re-check's rules are
 * {@link MeterReading}'s; this service loads, orchestrates and saves.
 */
@Service
@Transactional
@NamedInterface("api")
public class MeterManagement {

	private final MeterRepository repository;

	private final MeterReadingRepository readings;

	private final ReadingIntake intake;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeterManagement(MeterRepository repository, MeterReadingRepository readings, ReadingIntake intake,
			UnitManagement units, CommunityDirectory communities, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.readings = readings;
		this.intake = intake;
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
		if (command.buildingId() != null
				&& units.buildings(communityId).stream().noneMatch(b -> b.id() == command.buildingId())) {
			// Another community's building, or none (issue 9 item 17).
			throw ValidationException.of("buildingId", "validation.building.unknown");
		}
		if (repository.meterByCode(communityId, code).isPresent()) {
			throw ValidationException.of("code", "meter.duplicateCode", code);
		}
		long id = repository.insert(communityId, command, code, clock.instant());
		audit.record(communityId, "meter", id, "create", command.kind() + " " + code);
		return repository.meter(List.of(communityId), id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<MeterView> meters(long communityId, @Nullable Long unitId) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		return repository.meters(communityId, unitId);
	}

	/** A meter of the caller's communities, or 404. */
	@Transactional(readOnly = true)
	public MeterView meter(long id) {
		scope.require(Permission.METER_READING);
		return repository.meter(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("meter", id));
	}

	/** A unit's meters for its page (read access to fees suffices). */
	@Transactional(readOnly = true)
	public List<ReadingView> unitReadings(long unitId) {
		UnitView unit = units.get(unitId);
		return repository.meters(unit.communityId(), unitId)
			.stream()
			.flatMap(m -> readings.readingsOfMeter(unit.communityId(), m.id()).stream().limit(13))
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
		return intake.settings(communityId);
	}

	public MeterSettings changeSettings(long communityId, MeterSettings settings) {
		scope.require(Permission.FEE_ADMIN);
		scope.require(communityId);
		settings.validate();
		repository.saveSettings(communityId, settings);
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
		return intake.record(meterByCode(communityId, command.meterCode()), command, "MANUAL", null).toView();
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
		return commands.stream()
			.map(c -> intake.record(meterByCode(communityId, c.meterCode()), c, "IMPORT", null).toView())
			.toList();
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
		if (readings.hasBase(meter.communityId(), meterId)) {
			throw new ConflictException("reading.baseExists", meter.code());
		}
		MeterReading base = MeterReading.base(meter, reading, ownerName,
				intake.entered(meter.communityId(), "MANUAL", readOn, null));
		readings.insert(base);
		audit.record(meter.communityId(), "meter-reading", base.id(), "base",
				meter.code() + " " + reading + " " + ownerName);
		base.events().forEach(events::publishEvent);
		return base.toView();
	}

	/**
	 * A water or electricity base reading confirmed jointly with the owner at a move-in's
	 * house acceptance (R7.2, R8.3), for the move-in module (no caller check: it has
	 * checked its caller). The unit's meter of the kind is registered under {@code code}
	 * when it has none; a meter that already has its base (a unit handed over before)
	 * keeps it and nothing is recorded (empty). A code another meter uses is refused
	 * naming {@code field}.
	 */
	public java.util.Optional<ReadingView> confirmBaseAtMoveIn(UnitId unit, MeterKind kind, String code,
			BigDecimal reading, LocalDate readOn, String ownerName, String field) {
		long communityId = unit.communityId();
		MeterView meter = repository.meters(communityId, unit.value())
			.stream()
			.filter(m -> m.kind() == kind)
			.findFirst()
			.orElse(null);
		if (meter == null) {
			String stripped = code.strip();
			if (repository.meterByCode(communityId, stripped).isPresent()) {
				throw ValidationException.of(field, "meter.duplicateCode", stripped);
			}
			long id = repository.insert(communityId, new MeterCommand(kind, stripped, unit.value(), null), stripped,
					clock.instant());
			audit.record(communityId, "meter", id, "create", kind + " " + stripped);
			meter = repository.meter(List.of(communityId), id).orElseThrow();
		}
		if (readings.hasBase(communityId, meter.id())) {
			return java.util.Optional.empty();
		}
		MeterReading base = MeterReading.base(meter, reading, ownerName,
				intake.entered(communityId, "MOVE_IN", readOn, null));
		readings.insert(base);
		audit.record(communityId, "meter-reading", base.id(), "base", meter.code() + " " + reading + " " + ownerName);
		base.events().forEach(events::publishEvent);
		return java.util.Optional.of(base.toView());
	}

	/**
	 * Engineering re-checked a held reading and found it right: it is billed as it is.
	 */
	public ReadingView confirm(long readingId, int version, String note) {
		scope.require(Permission.METER_READING);
		MeterReading held = load(readingId);
		held.confirm(version, note);
		readings.save(held);
		audit.record(held.meter().communityId(), "meter-reading", readingId, "confirm", note);
		held.events().forEach(events::publishEvent);
		return held.toView();
	}

	/**
	 * Engineering re-read the meter: the held reading is superseded by the corrected one,
	 * checked again.
	 */
	public ReadingView correct(long readingId, int version, ReadingCommand corrected, @Nullable String note) {
		scope.require(Permission.METER_READING);
		MeterReading held = load(readingId);
		corrected.validate();
		held.supersede(version, note);
		readings.save(held);
		audit.record(held.meter().communityId(), "meter-reading", readingId, "correct",
				held.reading() + " -> " + corrected.reading());
		MeterView meter = repository.meter(List.of(held.meter().communityId()), held.meter().id()).orElseThrow();
		MeterReading replacement = intake.record(meter, corrected, "MANUAL", note);
		held.correctedBy(replacement.id());
		held.events().forEach(events::publishEvent);
		return replacement.toView();
	}

	@Transactional(readOnly = true)
	public List<ReadingView> readings(long communityId, @Nullable YearMonth month, @Nullable ReadingStatus status) {
		scope.require(Permission.METER_READING);
		scope.require(communityId);
		return readings.readings(communityId, month == null ? null : month.atDay(1), status);
	}

	private MeterReading load(long readingId) {
		return readings.find(scope.allowedIds(), readingId)
			.orElseThrow(() -> new NotFoundException("reading", readingId));
	}

	private MeterView meterByCode(long communityId, String code) {
		return repository.meterByCode(communityId, code.strip())
			.orElseThrow(() -> ValidationException.of("meterCode", "meter.unknown", code));
	}

}
