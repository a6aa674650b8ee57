package com.guanjia.cashier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cashier's daily close (R6.6) and finance's confirmation of it. */
@Service
@Transactional
public class DailyCloses {

	private final DailyCloseRepository repository;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DailyCloses(DailyCloseRepository repository, ReceiptBook receipts, CashierDays days, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
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

	private DailyClose.Figures figures(long communityId, LocalDate day) {
		return DailyClose.Figures
			.of(receipts.ofDay(communityId, scope.actor(), day).stream().map(ReceiptBook.Row::counted).toList());
	}

}
