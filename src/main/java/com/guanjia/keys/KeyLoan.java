package com.guanjia.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.keys.KeyEvents.KeyLent;
import com.guanjia.keys.KeyEvents.KeyReturned;
import com.guanjia.residents.Standing;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A unit's key lent to its owner or an owner's proxy (R10.1, seed 003: "对需要借用钥匙的，应将借用信息
 * 登记到《钥匙借用登记表》"): who borrowed it and why they may (their {@link Standing}, checked
 * against the ID number they presented), when it went out and came back. Out until
 * returned; a loan still out at the end of its day is on the follow-up list.
 */
final class KeyLoan {

	/** Who borrowed the key and why they may. */
	record Borrower(long partyId, String name, Standing.Kind standing, @Nullable Long authorisationId) {
	}

	record Step(LoanAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final long itemId;

	private final long unitId;

	private final Borrower borrower;

	private final String purpose;

	private final Instant lentAt;

	private final String lentBy;

	private LoanStatus status;

	private @Nullable Instant returnedAt;

	private @Nullable String receivedBy;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private KeyLoan(long id, long communityId, long itemId, long unitId, Borrower borrower, String purpose,
			Instant lentAt, String lentBy, LoanStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.itemId = itemId;
		this.unitId = unitId;
		this.borrower = borrower;
		this.purpose = purpose;
		this.lentAt = lentAt;
		this.lentBy = lentBy;
		this.status = status;
		this.version = version;
	}

	static KeyLoan lend(long id, long communityId, long itemId, long unitId, Borrower borrower, String purpose,
			Instant now, String by) {
		KeyLoan l = new KeyLoan(id, communityId, itemId, unitId, borrower, purpose, now, by, LoanStatus.OUT, 0);
		l.isNew = true;
		l.steps.add(new Step(LoanAction.LEND, now, borrower.name()));
		l.events.add(new KeyLent(communityId, id, itemId, unitId, borrower.name(), now));
		return l;
	}

	static KeyLoan restore(long id, long communityId, long itemId, long unitId, Borrower borrower, String purpose,
			Instant lentAt, String lentBy, LoanStatus status, @Nullable Instant returnedAt, @Nullable String receivedBy,
			int version) {
		KeyLoan l = new KeyLoan(id, communityId, itemId, unitId, borrower, purpose, lentAt, lentBy, status, version);
		l.returnedAt = returnedAt;
		l.receivedBy = receivedBy;
		return l;
	}

	void giveBack(String by, Instant now) {
		check(LoanAction.RETURN);
		returnedAt = now;
		receivedBy = by;
		steps.add(new Step(LoanAction.RETURN, now, by));
		status = LoanStatus.RETURNED;
		events.add(new KeyReturned(communityId, id, itemId, unitId, now));
	}

	boolean allows(LoanAction action) {
		return action.allowedFrom(status);
	}

	Set<LoanAction> possibleSteps() {
		Set<LoanAction> possible = EnumSet.noneOf(LoanAction.class);
		if (allows(LoanAction.RETURN)) {
			possible.add(LoanAction.RETURN);
		}
		return possible;
	}

	void check(LoanAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("keys.loan.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	boolean isNew() {
		return isNew;
	}

	void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
		steps.clear();
		events.clear();
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long itemId() {
		return itemId;
	}

	long unitId() {
		return unitId;
	}

	Borrower borrower() {
		return borrower;
	}

	String purpose() {
		return purpose;
	}

	Instant lentAt() {
		return lentAt;
	}

	String lentBy() {
		return lentBy;
	}

	LoanStatus status() {
		return status;
	}

	@Nullable Instant returnedAt() {
		return returnedAt;
	}

	@Nullable String receivedBy() {
		return receivedBy;
	}

	int version() {
		return version;
	}

}
