package com.guanjia.goods;

import static com.guanjia.goods.GoodsPassAction.CANCEL;
import static com.guanjia.goods.GoodsPassAction.CONFIRM;
import static com.guanjia.goods.GoodsPassAction.EXPIRE;
import static com.guanjia.goods.GoodsPassAction.REFUSE;
import static com.guanjia.goods.GoodsPassAction.RELEASE;
import static com.guanjia.goods.GoodsPassStatus.APPROVED;
import static com.guanjia.goods.GoodsPassStatus.CANCELLED;
import static com.guanjia.goods.GoodsPassStatus.EXPIRED;
import static com.guanjia.goods.GoodsPassStatus.REQUESTED;
import static com.guanjia.goods.GoodsPassStatus.USED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.goods.GoodsEvents.GoodsPassApproved;
import com.guanjia.goods.GoodsEvents.GoodsPassCancelled;
import com.guanjia.goods.GoodsEvents.GoodsPassExpired;
import com.guanjia.goods.GoodsEvents.GoodsPassRefused;
import com.guanjia.goods.GoodsEvents.GoodsPassRequested;
import com.guanjia.goods.GoodsEvents.GoodsPassUsed;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R10.2: the steps of a goods release pass, written out by hand (not read from
 * {@link GoodsPassAction}): from which states each may be taken, where it lands and what
 * it announces. Every other (state, step) is refused naming the step and the state and
 * leaves the pass as it was. Then the rules that are not about states: only an owner's
 * word releases goods (seed 003 "联系业主确认无误"), a pass is used within its time, and expires
 * after it.
 */
class GoodsPassTests {

	static final Instant FROM = Instant.parse("2026-12-07T01:00:00Z");

	static final Instant UNTIL = Instant.parse("2026-12-07T10:00:00Z");

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static final long OWNER = 7;

	static final long TENANT = 8;

	static final OwnerConsent CALL = new OwnerConsent(ConsentMethod.CALL, OWNER, "王建国",
			NOW.minus(Duration.ofMinutes(5)), "业主电话同意", "agent");

	static final Map<GoodsPassAction, Set<GoodsPassStatus>> LEGAL = Map.of(CONFIRM, EnumSet.of(REQUESTED), RELEASE,
			EnumSet.of(APPROVED), REFUSE, EnumSet.of(REQUESTED, APPROVED, USED, EXPIRED, CANCELLED), CANCEL,
			EnumSet.of(REQUESTED, APPROVED));

	/**
	 * Where each step lands; {@code null}: where it started (a refusal changes nothing).
	 */
	static final Map<GoodsPassAction, GoodsPassStatus> LANDS_IN = Map.of(CONFIRM, APPROVED, RELEASE, USED, CANCEL,
			CANCELLED);

	static final Map<GoodsPassAction, Class<?>> EVENT = Map.of(CONFIRM, GoodsPassApproved.class, RELEASE,
			GoodsPassUsed.class, REFUSE, GoodsPassRefused.class, CANCEL, GoodsPassCancelled.class);

	static final Map<GoodsPassAction, Consumer<GoodsPass>> STEPS = Map.of(CONFIRM,
			p -> p.confirm(CALL, Set.of(OWNER), NOW, "agent"), RELEASE, p -> p.release(null, NOW, "guard"), REFUSE,
			p -> p.refuse("物品与放行条不符", NOW, "guard"), CANCEL, p -> p.cancel("业主取消", NOW, "agent"));

	static GoodsPass in(GoodsPassStatus status, RequesterKind kind) {
		return GoodsPass.restore(1, 2, "FX20261207-1", 3, "3-2-1502",
				new GoodsPass.Requester(kind,
						kind == RequesterKind.OTHER ? null : kind == RequesterKind.OWNER ? OWNER : TENANT, "李四"),
				List.of(new GoodsItem("双人床", 1), new GoodsItem("纸箱", 12)), "粤B12345", FROM, UNTIL,
				FROM.minusSeconds(3600), "agent", status, status == REQUESTED ? null : CALL,
				status == USED ? FROM : null, status == USED ? "guard" : null, 4);
	}

	static GoodsPass in(GoodsPassStatus status) {
		return in(status, RequesterKind.TENANT);
	}

	@Test
	void everyStepStaffTakeIsCovered() {
		assertThat(STEPS.keySet()).containsExactlyInAnyOrderElementsOf(
				EnumSet.complementOf(EnumSet.of(GoodsPassAction.REQUEST, GoodsPassAction.EXPIRE)));
	}

	@Test
	void legalStepsByHand_everythingElseRefusedNamingStepAndState() {
		int allowed = 0;
		int refused = 0;
		for (GoodsPassAction action : STEPS.keySet()) {
			for (GoodsPassStatus status : GoodsPassStatus.values()) {
				GoodsPass p = in(status);
				String pair = action + " from " + status;
				if (LEGAL.get(action).contains(status)) {
					STEPS.get(action).accept(p);
					GoodsPassStatus expected = LANDS_IN.getOrDefault(action, status);
					assertThat(p.status()).as(pair).isEqualTo(expected);
					assertThat(p.steps()).as(pair).singleElement().satisfies(s -> {
						assertThat(s.action()).isEqualTo(action);
						assertThat(s.status()).isEqualTo(expected);
						assertThat(s.at()).isEqualTo(NOW);
					});
					assertThat(p.events()).as(pair).singleElement().isInstanceOf(EVENT.get(action));
					allowed++;
				}
				else {
					assertThatThrownBy(() -> STEPS.get(action).accept(p)).as(pair)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("goods.illegal");
							assertThat(((MessageSourceResolvable) ex.args()[0]).getCodes()[0])
								.isEqualTo("goods.action." + action);
							assertThat(((MessageSourceResolvable) ex.args()[1]).getCodes()[0])
								.isEqualTo("goods.status." + status);
						});
					assertThat(p.status()).as(pair).isEqualTo(status);
					assertThat(p.steps()).as(pair).isEmpty();
					assertThat(p.events()).as(pair).isEmpty();
					refused++;
				}
			}
		}
		// CONFIRM 1, RELEASE 1, REFUSE 5, CANCEL 2 legal (step, state) pairs.
		assertThat(allowed).isEqualTo(9);
		assertThat(refused).isEqualTo(4 * 5 - 9);
	}

	@Test
	void aNewPassIsRequestedWithItsFirstLineAndEvent() {
		GoodsPass p = GoodsPass.request(1, 2, "FX20261207-1", 3, "3-2-1502",
				new GoodsPass.Requester(RequesterKind.TENANT, TENANT, "李四"), List.of(new GoodsItem("冰箱", 1)), null,
				FROM, UNTIL, NOW, "agent");
		assertThat(p.status()).isEqualTo(REQUESTED);
		assertThat(p.steps()).singleElement().extracting(GoodsPass.Step::action).isEqualTo(GoodsPassAction.REQUEST);
		assertThat(p.events()).singleElement().isInstanceOf(GoodsPassRequested.class);
		assertThat(p.possibleSteps(NOW)).containsExactlyInAnyOrder(CONFIRM, REFUSE, CANCEL);
	}

	/** Seed practice: a tenant moving out needs the owner's confirmation. */
	@Test
	void aTenantsOrWorkersPassWithoutTheOwnersConsentIsRefused() {
		for (RequesterKind kind : List.of(RequesterKind.TENANT, RequesterKind.OTHER)) {
			GoodsPass p = in(REQUESTED, kind);
			assertThatThrownBy(() -> p.confirm(null, Set.of(OWNER), NOW, "agent")).as(kind.name())
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.code()).isEqualTo("goods.consentRequired"));
			assertThat(p.status()).isEqualTo(REQUESTED);
			assertThat(p.consent()).isNull();
			assertThat(p.steps()).isEmpty();
		}
	}

	@Test
	void theConsentMustComeFromACurrentOwnerNotTheTenant() {
		GoodsPass p = in(REQUESTED);
		OwnerConsent byTenant = new OwnerConsent(ConsentMethod.SIGNATURE, TENANT, "李四", NOW, null, "agent");
		assertThatThrownBy(() -> p.confirm(byTenant, Set.of(OWNER), NOW, "agent")).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("goods.consentNotOwner"));
		assertThat(p.status()).isEqualTo(REQUESTED);
	}

	@Test
	void anOwnersOwnPassIsConfirmedByTheOwnerInPerson() {
		GoodsPass p = in(REQUESTED, RequesterKind.OWNER);
		p.confirm(null, Set.of(OWNER), NOW, "agent");
		assertThat(p.status()).isEqualTo(APPROVED);
		assertThat(p.consent()).isEqualTo(new OwnerConsent(ConsentMethod.IN_PERSON, OWNER, "李四", NOW, null, "agent"));
	}

	@Test
	void aPassIsUsedOnceWithinItsTime() {
		GoodsPass early = in(APPROVED);
		assertThatThrownBy(() -> early.release(null, FROM.minusSeconds(60), "guard")).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("goods.notYetValid"));
		assertThat(early.status()).isEqualTo(APPROVED);
		assertThat(early.refusalAt(FROM.minusSeconds(60))).isEqualTo("goods.gate.refused.NOT_YET_VALID");
		assertThat(early.possibleSteps(FROM.minusSeconds(60))).doesNotContain(RELEASE);

		GoodsPass p = in(APPROVED);
		assertThat(p.refusalAt(NOW)).isNull();
		p.release("两人搬运", NOW, "guard");
		assertThat(p.status()).isEqualTo(USED);
		assertThat(p.usedAt()).isEqualTo(NOW);
		assertThat(p.refusalAt(NOW)).isEqualTo("goods.gate.refused.USED");
		assertThatThrownBy(() -> p.release(null, NOW.plusSeconds(60), "guard")).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("goods.illegal"));
	}

	@Test
	void anOpenPassPastItsTimeReadsExpiredAndExpiresWhenNextTouched() {
		for (GoodsPassStatus open : List.of(REQUESTED, APPROVED)) {
			GoodsPass p = in(open);
			assertThat(p.statusAt(UNTIL.minusSeconds(1))).isEqualTo(open);
			assertThat(p.statusAt(UNTIL)).isEqualTo(EXPIRED);
			assertThat(p.refusalAt(UNTIL)).isEqualTo("goods.gate.refused.EXPIRED");
			assertThat(p.possibleSteps(UNTIL)).containsExactly(REFUSE);
			assertThatThrownBy(() -> p.release(null, UNTIL, "guard")).as(open.name())
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
					assertThat(ex.code()).isEqualTo("goods.illegal");
					assertThat(((MessageSourceResolvable) ex.args()[1]).getCodes()[0])
						.isEqualTo("goods.status.EXPIRED");
				});
			GoodsPass q = in(open);
			q.refuse("已过期", UNTIL.plusSeconds(60), "guard");
			assertThat(q.status()).isEqualTo(EXPIRED);
			assertThat(q.steps()).extracting(GoodsPass.Step::action).containsExactly(EXPIRE, REFUSE);
			assertThat(q.events()).extracting(e -> (Class) e.getClass())
				.containsExactly(GoodsPassExpired.class, GoodsPassRefused.class);
		}
		GoodsPass used = in(USED);
		used.expireIfDue(UNTIL.plusSeconds(60));
		assertThat(used.status()).isEqualTo(USED);
		assertThat(used.steps()).isEmpty();
	}

}
