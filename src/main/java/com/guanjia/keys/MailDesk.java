package com.guanjia.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.keys.KeyCommands.LogMail;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters and parcels at the desk (R10.3; seed 003: "收发业户信件，将入住业户的信件投放至信箱，电话或短信告知业户信息",
 * "配合内务对业户的日常信件投递至信箱（切勿投放错）"): logged per unit — the residents are told once through the
 * outbox ({@link KeyEvents.MailLogged}) — then handed to a named person, put in the
 * letterbox or sent back, with who and when; and the list of what still waits, by age.
 */
@Service
@Transactional
@NamedInterface("api")
public class MailDesk {

	private final MailItemRepository mail;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailDesk(MailItemRepository mail, UnitManagement units, CommunityDirectory communities, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.mail = mail;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public MailView log(long communityId, LogMail command) {
		scope.require(Permission.MAIL_WRITE);
		scope.require(communityId);
		command.validate();
		UnitView unit = units.find(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		return commit(MailItem.log(mail.nextId(), communityId,
				new MailItem.Arrival(unit.id(), unit.label(), command.kind(), blank(command.addressee()),
						blank(command.sender()), blank(command.trackingNo()), clock.instant(), scope.actor())));
	}

	/** Handed to a resident (or someone they sent), who is named. */
	public MailView handOver(long id, @Nullable String to) {
		new Problems().text("handedTo", to, 100).throwIfAny();
		MailItem m = load(id);
		m.handOver(to.strip(), scope.actor(), clock.instant());
		return commit(m);
	}

	/** Put in the unit's letterbox. */
	public MailView box(long id) {
		MailItem m = load(id);
		m.box(scope.actor(), clock.instant());
		return commit(m);
	}

	public MailView sendBack(long id, @Nullable String reason) {
		new Problems().text("reason", reason, 200).throwIfAny();
		MailItem m = load(id);
		m.sendBack(reason.strip(), scope.actor(), clock.instant());
		return commit(m);
	}

	@Transactional(readOnly = true)
	public MailView get(long id) {
		scope.require(Permission.MAIL_WRITE);
		return view(mail.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("mailItem", id)));
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long id) {
		MailView m = get(id);
		return mail.history(m.communityId(), id);
	}

	/** What waits at the desk, the oldest first, with its age in days. */
	@Transactional(readOnly = true)
	public List<MailView> waiting(long communityId) {
		scope.require(Permission.MAIL_WRITE);
		scope.require(communityId);
		return mail.waiting(communityId).stream().map(this::view).toList();
	}

	/** What left the desk in the last week, the newest first. */
	@Transactional(readOnly = true)
	public List<MailView> recent(long communityId) {
		scope.require(Permission.MAIL_WRITE);
		scope.require(communityId);
		return mail.since(communityId, clock.instant().minus(Duration.ofDays(7))).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<MailView> ofUnit(long unitId) {
		scope.require(Permission.MAIL_WRITE);
		UnitView unit = units.get(unitId);
		return mail.ofUnit(unit.communityId(), unit.id()).stream().map(this::view).toList();
	}

	/** A unit's letters and parcels still waiting to be collected. */
	@Transactional(readOnly = true)
	public List<MailView> waitingOfUnit(long unitId) {
		return ofUnit(unitId).stream().filter(m -> m.status() == MailStatus.WAITING).toList();
	}

	private MailItem load(long id) {
		scope.require(Permission.MAIL_WRITE);
		return mail.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("mailItem", id));
	}

	private MailView commit(MailItem m) {
		mail.save(m, scope.actor());
		for (MailItem.Step step : m.steps()) {
			audit.record(m.communityId(), "mail_item", m.id(), step.action().name().toLowerCase(Locale.ROOT),
					m.arrival().unitLabel() + " " + m.arrival().kind()
							+ (step.note() == null ? "" : " " + step.note()));
		}
		m.events().forEach(events::publishEvent);
		m.saved();
		return view(m);
	}

	private MailView view(MailItem m) {
		MailItem.Arrival a = m.arrival();
		MailItem.Outcome o = m.outcome();
		ZoneId zone = communities.timeZone(m.communityId());
		LocalDate logged = a.at().atZone(zone).toLocalDate();
		LocalDate until = o == null ? LocalDate.now(clock.withZone(zone)) : o.at().atZone(zone).toLocalDate();
		return new MailView(m.id(), m.communityId(), a.unitId(), a.unitLabel(), a.kind(), a.addressee(), a.sender(),
				a.trackingNo(), m.status(), a.at(), a.by(), o == null ? null : o.handedTo(), o == null ? null : o.at(),
				o == null ? null : o.by(), o == null ? null : o.note(),
				java.time.temporal.ChronoUnit.DAYS.between(logged, until), List.copyOf(m.possibleSteps()));
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
