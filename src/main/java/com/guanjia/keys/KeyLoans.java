package com.guanjia.keys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.keys.KeyCommands.LendKey;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.Authorisations;
import com.guanjia.residents.PartyId;
import com.guanjia.residents.Standing;
import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lending a unit's key (R10.1; seed 003: "对需要借用钥匙的，应将借用信息登记到《钥匙借用登记表》，不熟悉的人员借用单元钥匙需核对
 * 身份确认是业主后方可借用，当天借用出去的钥匙当天跟踪归还"): the borrower presents an ID card; its number must be
 * that of a current owner of the unit or of a person an owner authorised (residents'
 * {@link Authorisations}), otherwise the key stays in the cabinet. The key is out until
 * returned; {@link #outstanding} is the end-of-day follow-up list.
 */
@Service
@Transactional
@NamedInterface("api")
public class KeyLoans {

	private final KeyLoanRepository loans;

	private final KeyItemRepository items;

	private final KeyRegister register;

	private final Authorisations authorisations;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KeyLoans(KeyLoanRepository loans, KeyItemRepository items, KeyRegister register, Authorisations authorisations,
			CommunityDirectory communities, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.loans = loans;
		this.items = items;
		this.register = register;
		this.authorisations = authorisations;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Lends the key to the person whose ID card was presented, when they own the unit or
	 * hold an owner's authorisation; anyone else is refused (422) and the key stays in.
	 */
	public KeyLoanView lend(long itemId, LendKey command) {
		command.validate();
		String idNumber = command.idCardNumber().strip().toUpperCase(Locale.ROOT);
		String problem = IdCardNumber.problemWith(idNumber);
		if (problem != null) {
			throw ValidationException.of("idCardNumber", problem);
		}
		KeyItem k = register.load(itemId);
		k.check(KeyAction.LEND);
		UnitId unit = UnitId.of(k.communityId(), k.unitId());
		PartyId person = authorisations.partyWithIdCard(k.communityId(), idNumber)
			.orElseThrow(() -> new RuleViolationException("keys.lend.unknownPerson", k.unitLabel()));
		Standing standing = authorisations.standing(unit, person)
			.orElseThrow(() -> new RuleViolationException("keys.lend.notEntitled", k.unitLabel()));
		Instant now = clock.instant();
		KeyLoan loan = KeyLoan.lend(loans.nextId(), k.communityId(), k.id(), k.unitId(),
				new KeyLoan.Borrower(standing.partyId(), standing.name(), standing.kind(),
						standing.authorisation() == null ? null : standing.authorisation().id()),
				command.purpose().strip(), now, scope.actor());
		k.lend(standing.name(), now);
		register.commit(k);
		return commit(loan, k.number(), k.unitLabel());
	}

	/** The key is back in the cabinet (409-free: a second return is refused, 422). */
	public KeyLoanView giveBack(long loanId) {
		scope.require(Permission.KEYS_WRITE);
		KeyLoan loan = loans.lock(scope.allowedIds(), loanId)
			.orElseThrow(() -> new NotFoundException("keyLoan", loanId));
		loan.check(LoanAction.RETURN);
		KeyItem k = register.load(loan.itemId());
		Instant now = clock.instant();
		loan.giveBack(scope.actor(), now);
		k.giveBack(now);
		register.commit(k);
		return commit(loan, k.number(), k.unitLabel());
	}

	@Transactional(readOnly = true)
	public KeyLoanView get(long loanId) {
		scope.require(Permission.KEYS_WRITE);
		KeyLoan loan = loans.find(scope.allowedIds(), loanId)
			.orElseThrow(() -> new NotFoundException("keyLoan", loanId));
		return view(loan);
	}

	/**
	 * The keys still out, the oldest first: the end-of-day list for follow-up ("当天借用出去的
	 * 钥匙当天跟踪归还"); those lent before today are overdue.
	 */
	@Transactional(readOnly = true)
	public List<KeyLoanView> outstanding(long communityId) {
		scope.require(Permission.KEYS_WRITE);
		scope.require(communityId);
		return loans.out(communityId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public List<KeyLoanView> ofItem(long itemId) {
		KeyItemView k = register.get(itemId);
		return loans.ofItem(k.communityId(), itemId).stream().map(this::view).toList();
	}

	private KeyLoanView commit(KeyLoan loan, String number, String unitLabel) {
		loans.save(loan);
		for (KeyLoan.Step step : loan.steps()) {
			audit.record(loan.communityId(), "key_loan", loan.id(), step.action().name().toLowerCase(Locale.ROOT),
					number + " " + unitLabel + " " + loan.borrower().name() + " (" + loan.borrower().standing() + ")");
		}
		loan.events().forEach(events::publishEvent);
		loan.saved();
		return view(loan);
	}

	private KeyLoanView view(KeyLoan l) {
		KeyItem k = items.find(List.of(l.communityId()), l.itemId()).orElseThrow();
		ZoneId zone = communities.timeZone(l.communityId());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		boolean overdue = l.status() == LoanStatus.OUT && l.lentAt().atZone(zone).toLocalDate().isBefore(today);
		KeyLoan.Borrower b = l.borrower();
		return new KeyLoanView(l.id(), l.communityId(), l.itemId(), k.number(), l.unitId(), k.unitLabel(), b.partyId(),
				b.name(), b.standing(), b.authorisationId(), l.purpose(), l.status(), l.lentAt(), l.lentBy(),
				l.returnedAt(), l.receivedBy(), overdue, List.copyOf(l.possibleSteps()));
	}

}
