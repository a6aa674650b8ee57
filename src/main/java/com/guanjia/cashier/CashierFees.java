package com.guanjia.cashier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.cashier.CashierEvents.FeeReceived;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.Money;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Fees paid at once without a unit's bill (issue 14): a car park's duration fee taken by
 * the guard at the exit, a monthly parking card. The same payment row, receipt counter
 * and day lock as a bill's payment (decision 0007), so the receipt numbers of a year stay
 * gap-free across bills, deposits and fees, a fee lands before its cashier's daily close
 * or is refused after it, and the same idempotency key returns the first receipt. Nothing
 * touches the ledger: there is no unit and no bill line.
 */
@Service
@Transactional
@NamedInterface("api")
public class CashierFees {

	private final PaymentRepository payments;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final Cashier cashier;

	private final IdempotencyKeys keys;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CashierFees(PaymentRepository payments, ReceiptBook receipts, CashierDays days, Cashier cashier,
			IdempotencyKeys keys, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.payments = payments;
		this.receipts = receipts;
		this.days = days;
		this.cashier = cashier;
		this.keys = keys;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes the fee and issues its receipt in the caller's transaction. A key seen before
	 * returns the first receipt when it was the same fee (payer and amount), and is
	 * refused ({@code payment.keyReused}) otherwise.
	 */
	public ReceiptView take(long communityId, FeePayment fee) {
		scope.require(Permission.CASHIER_FEE);
		scope.require(communityId);
		fee.validate();
		Money amount = fee.money();
		String key = fee.idempotencyKey().strip();
		// same key, same moment: the second request waits here and then finds the first;
		// the key with another body is refused (issue 9 item 16)
		keys.claim(communityId, PaymentRepository.KEYS, key, "take-fee", fee);
		var earlier = payments.byKey(communityId, key);
		if (earlier.isPresent()) {
			Long firstReceipt = earlier.get().receiptId();
			ReceiptView first = cashier
				.view(receipts.find(List.of(communityId), firstReceipt == null ? 0 : firstReceipt)
					.orElseThrow(() -> new ConflictException("payment.keyReused")));
			if (!"FEE".equals(earlier.get().kind()) || !fee.payer().strip().equals(earlier.get().payer())
					|| first.amount().compareTo(amount) != 0) {
				// as for a bill payment or a deposit: the key was used for another fee
				// (422)
				throw new RuleViolationException("payment.keyReused");
			}
			return first;
		}
		Money tendered = amount;
		if (fee.method() == PaymentMethod.CASH) {
			tendered = Money.of(fee.tendered());
			if (tendered.compareTo(amount) < 0) {
				throw ValidationException.of("tendered", "payment.tenderedTooLittle", amount);
			}
		}
		LocalDate day = days.today(communityId);
		days.requireOpen(communityId, scope.actor(), day);
		var till = new PaymentRepository.Till(scope.actor(), day, clock.instant());
		long paymentId = payments.open(PaymentRepository.Opening.ofFee(communityId, fee, key, till));
		long receiptId = receipts.issue(communityId, paymentId, null, amount, day, scope.actor());
		payments.complete(communityId, paymentId,
				new PaymentRepository.Completion(amount, tendered, tendered.minus(amount), Money.ZERO, receiptId));
		ReceiptView receipt = cashier
			.view(receipts.find(List.of(communityId), receiptId).orElseThrow(IllegalStateException::new));
		audit.record(communityId, "payment", paymentId, "fee", fee.purpose() + " " + fee.payer().strip() + " "
				+ fee.method() + " " + amount + " receipt " + receipt.number());
		events.publishEvent(new FeeReceived(communityId, paymentId, receiptId, receipt.number(), fee.purpose(),
				fee.payer().strip(), amount.amount()));
		return receipt;
	}

}
