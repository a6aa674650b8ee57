package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import com.guanjia.carpark.CarparkEvents.HeldVehicleReleased;
import com.guanjia.carpark.CarparkEvents.PoliceCalled;
import com.guanjia.carpark.CarparkEvents.VehicleHeld;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * A vehicle held at the exit (R12.3, seed 001 item 8: the shift lead
 * "核实车主身份…留存行车证、身份证复印件及书面说明" before the release, "与巡警取得联系" when needed), without a
 * database.
 */
class HeldVehicleTests {

	static final Instant AT = Instant.parse("2026-12-07T03:30:00Z");

	static final Instant LATER = AT.plusSeconds(1800);

	static HeldVehicle held() {
		HeldVehicle h = HeldVehicle.hold(5, 3, 7, "粤B12345", HoldReason.CARD_MISMATCH, "卡为粤B99999", AT, "guard2");
		h.saved();
		return h;
	}

	static HeldVehicle withAllCopies() {
		HeldVehicle h = held();
		h.addDocument(DocumentKind.VEHICLE_LICENCE, 101, "licence.jpg", AT, "lead");
		h.addDocument(DocumentKind.ID_CARD, 102, "id.jpg", AT, "lead");
		h.addDocument(DocumentKind.STATEMENT, 103, "statement.pdf", AT, "lead");
		h.saved();
		h.documentsSaved();
		return h;
	}

	static HeldVehicle.Release release(String by, String receipt) {
		return new HeldVehicle.Release("张三", by, LATER, Money.of("20.00"), receipt);
	}

	@Test
	void r12_3_holdingAVehicleCallsTheShiftLead() {
		HeldVehicle h = HeldVehicle.hold(5, 3, 7, "粤B12345", HoldReason.CARD_MISMATCH, "卡为粤B99999", AT, "guard2");
		assertThat(h.id()).isEqualTo(5);
		assertThat(h.communityId()).isEqualTo(3);
		assertThat(h.stayId()).isEqualTo(7);
		assertThat(h.plate()).isEqualTo("粤B12345");
		assertThat(h.reason()).isEqualTo(HoldReason.CARD_MISMATCH);
		assertThat(h.note()).isEqualTo("卡为粤B99999");
		assertThat(h.heldAt()).isEqualTo(AT);
		assertThat(h.heldBy()).isEqualTo("guard2");
		assertThat(h.status()).isEqualTo(HeldStatus.HELD);
		assertThat(h.steps())
			.containsExactly(new Aggregate.Step("HOLD", null, "HELD", "CARD_MISMATCH 卡为粤B99999", AT, "guard2"));
		assertThat(h.events()).containsExactly(new VehicleHeld(3, 5, 7, "粤B12345", HoldReason.CARD_MISMATCH));
		assertThat(h.possibleSteps()).containsExactlyInAnyOrder(HeldAction.ADD_DOCUMENT, HeldAction.CALL_POLICE,
				HeldAction.RELEASE, HeldAction.FORCE_OUT, HeldAction.ABANDON);
		assertThat(h.missing()).containsExactly(DocumentKind.VEHICLE_LICENCE, DocumentKind.ID_CARD,
				DocumentKind.STATEMENT);
		// without a note the reason alone
		assertThat(HeldVehicle.hold(6, 3, 8, "粤B1", HoldReason.NO_CARD, null, AT, "guard2").steps())
			.extracting(Aggregate.Step::note)
			.containsExactly("NO_CARD");
	}

	@Test
	void r12_3_theReleaseNeedsTheLicenceTheIdCardAndTheSignedStatement() {
		HeldVehicle h = held();
		h.addDocument(DocumentKind.ID_CARD, 102, "id.jpg", AT, "lead");
		h.addDocument(DocumentKind.OTHER, 104, "photo.jpg", AT, "lead");
		assertThat(h.steps()).extracting(Aggregate.Step::note).containsExactly("ID_CARD id.jpg", "OTHER photo.jpg");
		assertThat(h.steps()).extracting(Aggregate.Step::from, Aggregate.Step::to)
			.containsOnly(org.assertj.core.groups.Tuple.tuple("HELD", "HELD"));
		assertThat(h.newDocuments()).extracting(HeldVehicle.Document::fileId).containsExactly(102L, 104L);
		assertThat(h.documents()).extracting(HeldVehicle.Document::uploadedBy).containsOnly("lead");
		assertThat(h.missing()).containsExactly(DocumentKind.VEHICLE_LICENCE, DocumentKind.STATEMENT);
		assertThatThrownBy(() -> h.release(release("lead", "R-1"))).isInstanceOfSatisfying(RuleViolationException.class,
				e -> {
					assertThat(e.code()).isEqualTo("carpark.held.documentsMissing");
					assertThat(((MessageSourceResolvable) e.args()[0]).getCodes())
						.containsExactly("carpark.document.VEHICLE_LICENCE");
					assertThat(e.args()[1]).isEqualTo(2);
				});
		assertThat(h.status()).isEqualTo(HeldStatus.HELD);
		assertThat(h.release()).isNull();
		h.documentsSaved();
		assertThat(h.newDocuments()).isEmpty();
		assertThat(h.documents()).hasSize(2);
	}

	@Test
	void r12_3_theShiftLeadReleasesItNeverTheGuardWhoHeldIt() {
		HeldVehicle h = withAllCopies();
		assertThat(h.missing()).isEmpty();
		assertThatThrownBy(() -> h.release(release("guard2", "R-1"))).isInstanceOfSatisfying(
				RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("carpark.held.secondPerson"));
		assertThat(h.status()).isEqualTo(HeldStatus.HELD);
		h.release(release("lead", "R-20261207-0001"));
		assertThat(h.status()).isEqualTo(HeldStatus.RELEASED);
		assertThat(h.release().ownerName()).isEqualTo("张三");
		assertThat(h.steps()).containsExactly(
				new Aggregate.Step("RELEASE", "HELD", "RELEASED", "张三 20.00 R-20261207-0001", LATER, "lead"));
		assertThat(h.events()).containsExactly(new HeldVehicleReleased(3, 5, 7, "粤B12345", "lead"));
		assertThat(h.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> h.release(release("lead", null))).satisfies(
				t -> assertThat(named(t)).containsExactly("carpark.heldAction.RELEASE", "carpark.heldStatus.RELEASED"));
		assertThatThrownBy(() -> h.addDocument(DocumentKind.OTHER, 1, "x", AT, "lead"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> h.callPolice(null, AT, "lead")).isInstanceOf(RuleViolationException.class);
		// released free, without a receipt: the note has no receipt number
		HeldVehicle free = withAllCopies();
		free.release(new HeldVehicle.Release("张三", "lead", LATER, Money.ZERO, null));
		assertThat(free.steps()).extracting(Aggregate.Step::note).containsExactly("张三 0.00");
	}

	@Test
	void r12_3_thePoliceCalledFirstStaysTheTimeTheyWereCalled() {
		HeldVehicle h = held();
		h.callPolice("110 已报警", AT, "lead");
		assertThat(h.status()).isEqualTo(HeldStatus.HELD);
		assertThat(h.policeCalledAt()).isEqualTo(AT);
		assertThat(h.policeNote()).isEqualTo("110 已报警");
		assertThat(h.steps()).containsExactly(new Aggregate.Step("CALL_POLICE", "HELD", "HELD", "110 已报警", AT, "lead"));
		assertThat(h.events()).containsExactly(new PoliceCalled(3, 5, "粤B12345", "110 已报警"));
		h.callPolice("巡警到场", LATER, "lead");
		assertThat(h.policeCalledAt()).isEqualTo(AT);
		assertThat(h.policeNote()).isEqualTo("巡警到场");
	}

	@Test
	void r12_5_aHeldVehicleThatForcesItsWayOutOrIsAbandonedIsAnIncident() {
		HeldVehicle forced = held();
		forced.forceOut("冲卡", LATER, "guard2");
		assertThat(forced.status()).isEqualTo(HeldStatus.FORCED_OUT);
		assertThat(forced.incidentNote()).isEqualTo("冲卡");
		assertThat(forced.steps())
			.containsExactly(new Aggregate.Step("FORCE_OUT", "HELD", "FORCED_OUT", "冲卡", LATER, "guard2"));
		assertThatThrownBy(() -> forced.abandon("x", LATER, "g")).isInstanceOf(RuleViolationException.class);

		HeldVehicle abandoned = held();
		abandoned.abandon("弃车", LATER, "guard2");
		assertThat(abandoned.status()).isEqualTo(HeldStatus.ABANDONED);
		assertThat(abandoned.incidentNote()).isEqualTo("弃车");
		assertThat(abandoned.steps())
			.containsExactly(new Aggregate.Step("ABANDON", "HELD", "ABANDONED", "弃车", LATER, "guard2"));
		assertThatThrownBy(() -> abandoned.forceOut("x", LATER, "g")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aStoredHeldVehicleComesBackAsItWas() {
		var docs = List.of(new HeldVehicle.Document(DocumentKind.VEHICLE_LICENCE, 1, "l.jpg", "lead", AT),
				new HeldVehicle.Document(DocumentKind.ID_CARD, 2, "i.jpg", "lead", AT),
				new HeldVehicle.Document(DocumentKind.STATEMENT, 3, "s.pdf", "lead", AT));
		var rel = release("lead", "R-1");
		HeldVehicle h = HeldVehicle.restore(5, 3, 7, "粤B12345", HoldReason.SUSPICIOUS, null, AT, "guard2",
				HeldStatus.RELEASED, AT, "110", rel, null, docs, 2);
		assertThat(h.isNew()).isFalse();
		assertThat(h.version()).isEqualTo(2);
		assertThat(h.policeCalledAt()).isEqualTo(AT);
		assertThat(h.policeNote()).isEqualTo("110");
		assertThat(h.release()).isEqualTo(rel);
		assertThat(h.documents()).isEqualTo(docs);
		assertThat(h.newDocuments()).isEmpty();
		assertThat(h.missing()).isEmpty();
		HeldVehicle stillHeld = HeldVehicle.restore(5, 3, 7, "粤B12345", HoldReason.SUSPICIOUS, null, AT, "guard2",
				HeldStatus.HELD, null, null, null, "n", docs.subList(0, 2), 2);
		assertThat(stillHeld.incidentNote()).isEqualTo("n");
		assertThat(stillHeld.missing()).containsExactly(DocumentKind.STATEMENT);
	}

	static List<String> named(Throwable t) {
		return java.util.Arrays.stream(((RuleViolationException) t).args())
			.map(a -> ((org.springframework.context.MessageSourceResolvable) a).getCodes()[0])
			.toList();
	}

}
