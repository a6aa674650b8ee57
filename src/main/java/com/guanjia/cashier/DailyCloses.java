package com.guanjia.cashier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.scheduling.BusinessCalendar;
import com.guanjia.scheduling.DeadlineSettings;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The cashier's daily close (R6.6): the figures counted from the day's receipts, red
 * reversals, refunds paid out and the invoices recorded; the reminder half an hour before
 * the business day ends; finance's check of the breakdown and confirmation.
 */
@Service
@Transactional
@NamedInterface("api")
public class DailyCloses {

	/** "每工作日結束前半小時" (seed 004). */
	static final Duration REMIND_BEFORE = Duration.ofMinutes(30);

	private final DailyCloseRepository repository;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DepositRepository deposits;

	private final InvoiceRepository invoices;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final DeadlineSettings calendars;

	DailyCloses(DailyCloseRepository repository, ReceiptBook receipts, CashierDays days, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, DepositRepository deposits,
			InvoiceRepository invoices, UnitManagement units, CommunityDirectory communities,
			DeadlineSettings calendars) {
		this.deposits = deposits;
		this.invoices = invoices;
		this.units = units;
		this.communities = communities;
		this.calendars = calendars;
		this.repository = repository;
		this.receipts = receipts;
		this.days = days;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Today's figures of the signed-in cashier, closed or not. */
	@Transactional(readOnly = true)
	public DailyCloseView today(long communityId) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(communityId);
		LocalDate day = days.today(communityId);
		return repository.find(communityId, scope.actor(), day)
			.map(DailyClose::toView)
			.orElseGet(() -> DailyClose.open(communityId, scope.actor(), day, figures(communityId, day)));
	}

	/**
	 * Closes the signed-in cashier's day. The day lock waits for a payment in flight, so
	 * the figures count every payment that was taken before the close.
	 */
	public DailyCloseView close(long communityId, CloseCommand command) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(communityId);
		command.validate();
		LocalDate day = days.today(communityId);
		if (days.isClosedLocked(communityId, scope.actor(), day)) {
			throw new ConflictException("cashier.alreadyClosed", day);
		}
		DailyClose close = DailyClose.close(communityId, scope.actor(), day, figures(communityId, day),
				DailyClose.Handover.of(command), clock.instant());
		repository.insert(close);
		audit.record(communityId, "daily-close", close.id(), "close",
				day + " " + close.figures().total() + " " + close.figures().receipts() + " receipts");
		close.events().forEach(events::publishEvent);
		return get(close.id());
	}

	/**
	 * Finance confirms it received the day's money; never the cashier who closed the day
	 * (four eyes, administrators included).
	 */
	public DailyCloseView confirm(long closeId) {
		scope.require(Permission.FINANCE_CONFIRM);
		DailyClose close = repository.findForUpdate(scope.allowedIds(), closeId)
			.orElseThrow(() -> new NotFoundException("daily-close", closeId));
		close.confirm(scope.actor(), clock.instant());
		repository.save(close);
		audit.record(close.communityId(), "daily-close", closeId, "confirm", null);
		close.events().forEach(events::publishEvent);
		return get(closeId);
	}

	@Transactional(readOnly = true)
	public DailyCloseView get(long closeId) {
		scope.require(Permission.FEE_READ);
		return repository.find(scope.allowedIds(), closeId)
			.map(DailyClose::toView)
			.orElseThrow(() -> new NotFoundException("daily-close", closeId));
	}

	@Transactional(readOnly = true)
	public List<DailyCloseView> recent(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return repository.recent(communityId).stream().map(DailyClose::toView).toList();
	}

	/**
	 * What finance checks before confirming a close (issue 10 item 17): the close's
	 * figures and, line by line, the receipts of that cashier's day (voided and red ones
	 * marked, with their invoice numbers) and the refunds paid out.
	 */
	@Transactional(readOnly = true)
	public CloseBreakdown breakdown(long closeId) {
		DailyCloseView close = get(closeId);
		long c = close.communityId();
		List<ReceiptBook.Row> rows = receipts.ofDay(c, close.cashier(), close.businessDay());
		Map<Long, String> labels = units.labels(c, rows.stream().map(ReceiptBook.Row::unitId).distinct().toList());
		Map<Long, List<String>> invoiceNumbers = invoices.ofReceipts(c,
				rows.stream().map(ReceiptBook.Row::id).toList());
		List<CloseBreakdown.Receipt> lines = rows.stream()
			.map(r -> new CloseBreakdown.Receipt(r.id(), r.formattedNumber(), labels.getOrDefault(r.unitId(), "?"),
					r.method(), r.amount(), r.voidStatus() == VoidStatus.DONE, r.reversesNumber(),
					invoiceNumbers.getOrDefault(r.id(), List.of())))
			.toList();
		List<CloseBreakdown.Refund> refunds = deposits.refundsPaid(c, close.cashier(), close.businessDay())
			.stream()
			.map(f -> new CloseBreakdown.Refund(f.depositId(), f.method(), f.amount()))
			.toList();
		return new CloseBreakdown(close, lines, refunds);
	}

	/**
	 * Half an hour before the community's business day ends (seed 004 "每工作日結束前半小時"), on
	 * working days, the cashiers are reminded to fill in the handover: once per community
	 * and day across instances (a claimed row). Answers whether this call sent it.
	 */
	boolean remindIfDue(long communityId, Instant now) {
		ZoneId zone = communities.timeZone(communityId);
		BusinessCalendar calendar = calendars.calendar(communityId);
		LocalDate day = LocalDate.ofInstant(now, zone);
		if (!calendar.isWorkingDay(day)) {
			return false;
		}
		Instant closes = day.atTime(calendar.closes()).atZone(zone).toInstant();
		Instant remindFrom = closes.minus(REMIND_BEFORE);
		if (now.isBefore(remindFrom) || !now.isBefore(closes) || !repository.claimReminder(communityId, day, now)) {
			return false;
		}
		events.publishEvent(new CashierEvents.DailyCloseDue(communityId, day, closes));
		return true;
	}

	private DailyClose.Figures figures(long communityId, LocalDate day) {
		String cashier = scope.actor();
		return DailyClose.Figures.of(
				receipts.ofDay(communityId, cashier, day).stream().map(ReceiptBook.Row::counted).toList(),
				deposits.refundsPaid(communityId, cashier, day), invoices.numbersOfDay(communityId, cashier, day));
	}

}
