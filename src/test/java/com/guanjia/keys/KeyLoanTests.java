package com.guanjia.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.guanjia.keys.KeyEvents.KeyLent;
import com.guanjia.keys.KeyEvents.KeyReturned;
import com.guanjia.residents.Standing;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R10.1 (seed 003: "对需要借用钥匙的，应将借用信息登记到《钥匙借用登记表》"; keys lent today come back today): a
 * unit's key lent to its owner, out until returned, returned once.
 */
class KeyLoanTests {

	static final Instant LENT = Instant.parse("2026-12-07T02:00:00Z");

	static final Instant BACK = Instant.parse("2026-12-07T06:00:00Z");

	static final KeyLoan.Borrower OWNER = new KeyLoan.Borrower(31, "张三", Standing.Kind.OWNER, null);

	@Test
	void r10_1_aLentKeyIsOutWithWhoBorrowedItAndWhy() {
		KeyLoan l = KeyLoan.lend(8, 3, 15, 21, OWNER, "维修水管", LENT, "desk1");
		assertThat(l.id()).isEqualTo(8);
		assertThat(l.communityId()).isEqualTo(3);
		assertThat(l.itemId()).isEqualTo(15);
		assertThat(l.unitId()).isEqualTo(21);
		assertThat(l.borrower()).isEqualTo(OWNER);
		assertThat(l.purpose()).isEqualTo("维修水管");
		assertThat(l.lentAt()).isEqualTo(LENT);
		assertThat(l.lentBy()).isEqualTo("desk1");
		assertThat(l.status()).isEqualTo(LoanStatus.OUT);
		assertThat(l.returnedAt()).isNull();
		assertThat(l.isNew()).isTrue();
		assertThat(l.steps()).containsExactly(new KeyLoan.Step(LoanAction.LEND, LENT, "张三"));
		assertThat(l.events()).containsExactly(new KeyLent(3, 8, 15, 21, "张三", LENT));
		assertThat(l.possibleSteps()).containsExactly(LoanAction.RETURN);
		l.saved();
		assertThat(l.isNew()).isFalse();
		assertThat(l.version()).isZero();
		assertThat(l.steps()).isEmpty();
		assertThat(l.events()).isEmpty();
	}

	@Test
	void r10_1_theKeyComesBackOnce() {
		KeyLoan l = KeyLoan.lend(8, 3, 15, 21, OWNER, "维修水管", LENT, "desk1");
		l.saved();
		l.giveBack("desk2", BACK);
		assertThat(l.status()).isEqualTo(LoanStatus.RETURNED);
		assertThat(l.returnedAt()).isEqualTo(BACK);
		assertThat(l.receivedBy()).isEqualTo("desk2");
		assertThat(l.steps()).containsExactly(new KeyLoan.Step(LoanAction.RETURN, BACK, "desk2"));
		assertThat(l.events()).containsExactly(new KeyReturned(3, 8, 15, 21, BACK));
		assertThat(l.possibleSteps()).isEmpty();
		l.saved();
		assertThat(l.version()).isEqualTo(1);
		assertThatThrownBy(() -> l.giveBack("desk3", BACK.plusSeconds(60)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(e.code()).isEqualTo("keys.loan.illegal");
				assertThat(e.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
					.containsExactly("keys.loan.action.RETURN", "keys.loan.status.RETURNED");
			});
		assertThat(l.receivedBy()).isEqualTo("desk2");
		assertThat(l.returnedAt()).isEqualTo(BACK);
		assertThat(l.steps()).isEmpty();
	}

	@Test
	void aStoredLoanComesBackAsItWas() {
		KeyLoan out = KeyLoan.restore(8, 3, 15, 21, OWNER, "维修水管", LENT, "desk1", LoanStatus.OUT, null, null, 2);
		assertThat(out.isNew()).isFalse();
		assertThat(out.version()).isEqualTo(2);
		assertThat(out.allows(LoanAction.RETURN)).isTrue();
		out.giveBack("desk2", BACK);
		out.saved();
		assertThat(out.version()).isEqualTo(3);
		KeyLoan back = KeyLoan.restore(8, 3, 15, 21, OWNER, "维修水管", LENT, "desk1", LoanStatus.RETURNED, BACK, "desk2",
				2);
		assertThat(back.returnedAt()).isEqualTo(BACK);
		assertThat(back.receivedBy()).isEqualTo("desk2");
		assertThat(back.allows(LoanAction.RETURN)).isFalse();
		assertThat(back.allows(LoanAction.LEND)).isFalse();
	}

}
