package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.Fixtures;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.workorders.WorkOrderId;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A round on a phone, through the services (R11.1–R11.3): five checkpoints recorded with
 * their times; a failed lamp with a photo becomes a public-facility work order reported
 * by the butler, a failed road becomes the cleaning contractor's rectification, and the
 * next round that passes the road confirms it fixed. Bad photos refuse the checkpoint
 * whole.
 */
@GuanjiaTest
class PatrolFlowTests {

	static final Instant START = TestClockConfiguration.START;

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	RoundWork work;

	@Autowired
	RoundQueries queries;

	@Autowired
	FindingActions findings;

	@Autowired
	WorkOrderQueries workOrders;

	@Autowired
	FileStorage files;

	@Autowired
	JdbcClient jdbc;

	Estate e;

	@BeforeEach
	void setUp() {
		e = inspections.estate("巡查花园");
	}

	RoundView walk(long roundId, int position, List<ItemAnswer> answers, PhotoUpload... photos) {
		return Fixtures.as(e.butler(),
				() -> work.visit(roundId, position, new RecordVisit(answers, null, true, Arrays.asList(photos))));
	}

	@Test
	void aRoundOfFiveCheckpointsItsFindingsAWorkOrderAndAConfirmedRectification() {
		RoundId id = inspections.round(e, Fixtures.unique("r"), START.minusSeconds(3600), START.plusSeconds(3600),
				e.butler().staffId());
		RoundView round = Fixtures.as(e.butler(), () -> queries.get(id.value()));
		assertThat(round.visits()).hasSize(5);
		assertThat(round.steps()).contains(RoundStep.VISIT, RoundStep.SKIP).doesNotContain(RoundStep.FINISH);
		// 1栋大堂 (building checklist): item 8 照明灯具 fails, with a photo.
		VisitView lobby = round.visits().get(0);
		assertThat(lobby.items().get(7).text()).isEqualTo("照明灯具");
		round = walk(id.value(), 1, InspectionFixtures.answers(lobby, 8),
				new PhotoUpload(8, "lamp.png", "image/png", InspectionFixtures.png(3200, 2400)));
		assertThat(round.status()).isEqualTo(RoundStatus.IN_PROGRESS);
		for (int p = 2; p <= 5; p++) {
			VisitView v = round.visits().get(p - 1);
			round = walk(id.value(), p, p == 4 ? InspectionFixtures.answers(v, 1) : InspectionFixtures.answers(v));
		}
		assertThat(round.status()).isEqualTo(RoundStatus.DONE);
		assertThat(round.late()).isFalse();
		assertThat(round.incomplete()).isFalse();
		assertThat(round.failedItems()).isEqualTo(2);
		assertThat(round.visits()).isNotEmpty().allSatisfy(v -> assertThat(v.visitedAt()).isNotNull());

		List<FindingView> raised = Fixtures.as(e.supervisor(),
				() -> findings.list(e.communityId(), true, id.value(), null));
		assertThat(raised).extracting(FindingView::item).containsExactlyInAnyOrder("照明灯具", "道路（路面）清洁");
		FindingView lamp = raised.stream().filter(f -> f.trade() == Trade.ENGINEERING).findFirst().orElseThrow();
		FindingView road = raised.stream().filter(f -> f.trade() == Trade.CLEANING).findFirst().orElseThrow();

		// The photo was shrunk to 1600 px on its longer side.
		var photo = Fixtures.as(e.butler(), () -> findings.get(lamp.id())).photos().get(0);
		byte[] stored = files.load(e.communityId(), photo.fileId()).orElseThrow().content();
		assertThat(Fixtures.as(e.butler(), () -> {
			var image = ImageIO.read(new ByteArrayInputStream(stored));
			return new int[] { image.getWidth(), image.getHeight() };
		})).containsExactly(1600, 1200);

		// One action: a patrol-finding work order with the photo, the checkpoint as
		// place, the butler as reporter.
		FindingView ordered = Fixtures.as(e.butler(), () -> findings.order(lamp.id()));
		assertThat(ordered.status()).isEqualTo(FindingStatus.ORDERED);
		assertThat(ordered.workOrderNumber()).matches("WO-\\d{8}-\\d{4}");
		var order = Fixtures.as(e.supervisor(), () -> workOrders.detail(WorkOrderId.of(ordered.workOrderId())));
		// Issue 10 item 14: a patrol finding of its own kind, reported by the staff
		// member.
		assertThat(order.order().kind()).isEqualTo(WorkOrderKind.PATROL_FINDING);
		assertThat(order.order().location()).isEqualTo("1栋大堂");
		assertThat(order.order().reporterName()).isEqualTo(e.butler().displayName());
		assertThat(order.order().reporterStaffId()).isEqualTo(e.butler().staffId());
		assertThat(order.photos()).hasSize(1);
		assertThat(ordered.steps()).containsExactly(FindingStep.RESOLVE);

		// The cleaning lapse goes to the contractor covering the grounds, with a
		// deadline.
		FindingView sent = Fixtures.as(e.butler(),
				() -> findings.sendToContractor(road.id(), null, START.plusSeconds(2 * 86400)));
		assertThat(sent.status()).isEqualTo(FindingStatus.RECTIFYING);
		assertThat(sent.rectification().contractorName()).isEqualTo("洁美保洁公司");
		assertThat(sent.rectification().status()).isEqualTo(RectificationStatus.ISSUED);

		// The next round passes the road: the rectification is confirmed and the finding
		// resolved.
		RoundId next = inspections.round(e, Fixtures.unique("r"), START, START.plusSeconds(7200), null);
		RoundView nextRound = Fixtures.as(e.butler(), () -> queries.get(next.value()));
		walk(next.value(), 4, InspectionFixtures.answers(nextRound.visits().get(3)));
		FindingView fixed = Fixtures.as(e.supervisor(), () -> findings.get(road.id()));
		assertThat(fixed.status()).isEqualTo(FindingStatus.RESOLVED);
		assertThat(fixed.rectification().status()).isEqualTo(RectificationStatus.CONFIRMED);
		assertThat(fixed.rectification().overdue()).isFalse();
		assertThat(fixed.history()).extracting(HistoryEntry::action)
			.containsExactly("RAISE", "SEND_TO_CONTRACTOR", "RESOLVE");
	}

	@Test
	void badPhotosAreRefusedNamingTheItemAndNothingIsSaved() {
		RoundId id = inspections.round(e, Fixtures.unique("r"), START.minusSeconds(3600), START.plusSeconds(3600),
				null);
		VisitView lobby = Fixtures.as(e.butler(), () -> queries.get(id.value())).visits().get(0);
		byte[] tooLarge = Arrays.copyOf(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }, 8 * 1024 * 1024 + 1);
		byte[] fakeJpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2, 3 };
		assertThatThrownBy(() -> walk(id.value(), 1, InspectionFixtures.answers(lobby, 8),
				new PhotoUpload(8, "notes.pdf", "application/pdf", "%PDF-1.4".getBytes()),
				new PhotoUpload(2, "big.jpg", "image/jpeg", tooLarge),
				new PhotoUpload(3, "broken.jpg", "image/jpeg", fakeJpeg)))
			.isInstanceOf(ValidationException.class)
			.satisfies(ex -> assertThat(((ValidationException) ex).problems())
				.extracting(FieldProblem::field, FieldProblem::code)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("items[8].photos", "inspection.photo.notImage"),
						org.assertj.core.groups.Tuple.tuple("items[2].photos", "inspection.photo.tooLarge"),
						org.assertj.core.groups.Tuple.tuple("items[3].photos", "inspection.photo.notImage")));
		RoundView after = Fixtures.as(e.butler(), () -> queries.get(id.value()));
		assertThat(after.status()).isEqualTo(RoundStatus.DUE);
		assertThat(after.visits().get(0).status()).isEqualTo(VisitStatus.PENDING);
		assertThat(jdbc.sql("select count(*) from inspection_result where community_id = ? and round_id = ?")
			.params(e.communityId(), id.value())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from inspection_photo where community_id = ?")
			.param(e.communityId())
			.query(Long.class)
			.single()).isZero();
		assertThat(Fixtures.as(e.supervisor(), () -> findings.list(e.communityId(), false, id.value(), null)))
			.isEmpty();
	}

}
