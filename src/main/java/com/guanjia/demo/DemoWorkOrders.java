package com.guanjia.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.guanjia.access.DepartmentKind;
import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.desk.Channel;
import com.guanjia.desk.ReceptionDesk;
import com.guanjia.desk.ReceptionView;
import com.guanjia.desk.RecordVisit;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ResultPage;
import com.guanjia.workorders.ContactChannel;
import com.guanjia.workorders.HoldReason;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderCommands.Charge;
import com.guanjia.workorders.WorkOrderCommands.Complete;
import com.guanjia.workorders.WorkOrderCommands.Contact;
import com.guanjia.workorders.WorkOrderCommands.Dispatch;
import com.guanjia.workorders.WorkOrderCommands.Hold;
import com.guanjia.workorders.WorkOrderCommands.Inspect;
import com.guanjia.workorders.WorkOrderCommands.Note;
import com.guanjia.workorders.WorkOrderCommands.Propose;
import com.guanjia.workorders.WorkOrderCommands.SignOff;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderView;
import com.guanjia.workorders.WorkOrderWorkflow;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A working day at 阳光花园's front desk: calls logged, repairs done and signed (their return
 * visits now due), repairs in every stage, complaints of each severity, a question
 * waiting for its agreed reply. Each step is taken by the demo account whose job it is
 * (agent, supervisor, technician).
 */
@Component
class DemoWorkOrders {

	private final StaffManagement staff;

	private final UnitManagement units;

	private final WorkOrderIntake intake;

	private final WorkOrderWorkflow workflow;

	private final ReceptionDesk desk;

	private final Clock clock;

	DemoWorkOrders(StaffManagement staff, UnitManagement units, WorkOrderIntake intake, WorkOrderWorkflow workflow,
			ReceptionDesk desk, Clock clock) {
		this.staff = staff;
		this.units = units;
		this.intake = intake;
		this.workflow = workflow;
		this.desk = desk;
		this.clock = clock;
	}

	void seed(long communityId) {
		Map<String, StaffView> accounts = staff.list().stream().collect(Collectors.toMap(StaffView::username, s -> s));
		StaffUser agent = user(accounts.get("agent"));
		StaffUser supervisor = user(accounts.get("supervisor"));
		StaffUser tech = user(accounts.get("tech"));
		StaffUser tech2 = user(accounts.get("tech2"));
		long engineering = staff.departments(communityId)
			.stream()
			.filter(d -> DepartmentKind.ENGINEERING.name().equals(d.code()))
			.map(DepartmentView::id)
			.findFirst()
			.orElseThrow();
		List<UnitView> flats = units
			.list(communityId, new UnitFilter(null, com.guanjia.estate.UnitState.OCCUPIED, null, null),
					new ResultPage.Request(0, 40))
			.items();

		// Repairs finished and signed today: their return visits are due.
		String[][] done = { { "厨房水龙头漏水", "FAUCET", "SANITARY", "更换水龙头阀芯" },
				{ "卫生间下水不畅", "DRAIN_CLEAR", "PIPE_BLOCKED", "疏通下水管道" },
				{ "客厅灯管不亮", "LAMP_TUBE", "LAMP_SWITCH", "更换灯管" }, { "入户门锁卡住", "LOCK", "DOOR_WINDOW", "更换门锁" },
				{ "马桶水箱一直流水", "TOILET_TANK", "SANITARY", "更换水箱配件" },
				{ "卧室插座没电", "SWITCH_SOCKET", "LAMP_SWITCH", "更换插座" } };
		for (int i = 0; i < done.length; i++) {
			int n = i;
			UnitView unit = flats.get(n);
			StaffUser worker = n % 2 == 0 ? tech : tech2;
			WorkOrderView order = as(agent,
					() -> intake.open(communityId, repair(unit, done[n][0], done[n][2], false)));
			as(agent, () -> workflow.dispatch(order.ref(), new Dispatch(engineering, worker.staffId(), null)));
			as(worker, () -> {
				workflow.accept(order.ref());
				workflow.arrive(order.ref());
				workflow.propose(order.ref(), new Propose(done[n][3], true));
				workflow.addCharge(order.ref(), new Charge(done[n][1], java.math.BigDecimal.ONE));
				workflow.complete(order.ref(), new Complete("已" + done[n][3] + "，试用正常", null, null));
				return workflow.sign(order.ref(), new SignOff("业主", signature(), null));
			});
		}

		// Repairs on their way: just taken in, dispatched, accepted, waiting for parts.
		WorkOrderView waiting = as(agent,
				() -> intake.open(communityId, repair(flats.get(10), "阳台窗户关不严", "DOOR_WINDOW", false)));
		WorkOrderView dispatched = as(agent,
				() -> intake.open(communityId, repair(flats.get(11), "热水器不出热水", "OTHER", true)));
		as(agent, () -> workflow.dispatch(dispatched.ref(), new Dispatch(engineering, tech.staffId(), null)));
		WorkOrderView accepted = as(agent,
				() -> intake.open(communityId, repair(flats.get(12), "天花板有水渍", "LEAK", false)));
		as(agent, () -> workflow.dispatch(accepted.ref(), new Dispatch(engineering, tech2.staffId(), null)));
		as(tech2, () -> workflow.accept(accepted.ref()));
		WorkOrderView parts = as(agent,
				() -> intake.open(communityId, repair(flats.get(13), "空调外机支架松动", "OTHER", false)));
		as(agent, () -> workflow.dispatch(parts.ref(), new Dispatch(engineering, tech.staffId(), null)));
		as(tech, () -> {
			workflow.accept(parts.ref());
			workflow.arrive(parts.ref());
			return workflow.hold(parts.ref(), new Hold(HoldReason.PARTS, "等待支架配件到货"));
		});
		// A public facility: the lift of building 2. 孙工, the engineering lead, assigns it
		// and issues its dispatch sheet, and inspects and signs it when done (R3.6).
		StaffUser englead = user(accounts.get(DemoStaff.ENGINEERING_LEAD));
		WorkOrderView lift = as(agent,
				() -> intake.open(communityId,
						OpenWorkOrder.of(WorkOrderKind.PUBLIC_REPAIR)
							.location("2栋1单元电梯")
							.reporter(null, "巡查", null)
							.description("电梯运行时有异响")
							.build()));
		as(englead, () -> workflow.dispatch(lift.ref(), new Dispatch(engineering, tech.staffId(), null)));
		as(tech, () -> {
			workflow.accept(lift.ref());
			workflow.arrive(lift.ref());
			return workflow.complete(lift.ref(), new Complete("更换电梯导靴并润滑，运行无异响", null, null));
		});
		as(englead, () -> workflow.inspect(lift.ref(), new Inspect(true, "验收合格，派工单已签字存档")));
		// Another assigned and printed, the work under way.
		WorkOrderView gate = as(agent,
				() -> intake.open(communityId,
						OpenWorkOrder.of(WorkOrderKind.PUBLIC_REPAIR)
							.location("北门车行道闸")
							.reporter(null, "巡查", null)
							.description("道闸抬杆缓慢")
							.build()));
		as(englead, () -> workflow.dispatch(gate.ref(), new Dispatch(engineering, tech2.staffId(), null)));

		// Complaints of each severity (R4.2).
		as(agent, () -> intake.open(communityId,
				complaint(flats.get(20), Severity.MINOR, "楼道灯晚上常亮，浪费电", "公共区域", "请调整照明时间")));
		WorkOrderView important = as(agent, () -> intake.open(communityId,
				complaint(flats.get(21), Severity.IMPORTANT, "保洁员连续两天没有清理垃圾桶", "保洁部", "按时清运")));
		as(supervisor, () -> workflow.acknowledge(important.ref(), new Note("已联系保洁主管，今天下午处理")));
		// Handled by 刘管家, the area butler (R4.3: any staff member of the responsible
		// department, seed 001 "安排区域客服管家进行跟进处理"), and the resident told the result.
		StaffUser butler = user(accounts.get("butler"));
		as(supervisor, () -> workflow.dispatch(important.ref(), new Dispatch(null, butler.staffId(), null)));
		// The butler calls the resident first, the same day (R4.3, issue 10 item 3).
		as(butler, () -> workflow.contact(important.ref(), new Contact(ContactChannel.PHONE, null, "已向业主致歉，今天下午安排清运")));
		as(butler, () -> {
			workflow.accept(important.ref());
			return workflow.complete(important.ref(), new Complete("已督促保洁员当天清运并向业主致歉", true, null));
		});
		as(agent, () -> workflow.close(important.ref(), new Note("已电话告知业主处理结果")));
		as(agent, () -> intake.open(communityId,
				complaint(flats.get(22), Severity.MAJOR, "地下车库积水，车辆被泡", "工程部", "尽快排水并说明原因")));

		// The front desk's day: questions answered at once, one waiting for its agreed
		// reply (R2.2).
		as(agent, () -> desk.record(communityId, new RecordVisit(Channel.PHONE, null, "陈先生", "13912345678",
				flats.get(30).id(), "咨询本月物业费金额", "已告知：每平米0.80元，本月金额已发送短信", true, null)));
		as(agent, () -> desk.record(communityId, new RecordVisit(Channel.VISIT, null, "李女士", null, flats.get(31).id(),
				"办理装修申请需要什么材料", "已给出装修申请材料清单", true, null)));
		ReceptionView question = as(agent, () -> desk.record(communityId, new RecordVisit(Channel.PHONE, null, "周女士",
				"13612345678", flats.get(32).id(), "能否在小区内增设充电桩", null, false, null)));
		as(agent, () -> desk.handle(question.id(), "工程部孙工", clock.instant().plus(Duration.ofDays(1))));
	}

	private static OpenWorkOrder repair(UnitView unit, String description, String category, boolean immediate) {
		return OpenWorkOrder.of(WorkOrderKind.IN_UNIT_REPAIR)
			.unit(unit.id())
			.reporter(null, "业主", "13800000000")
			.description(description)
			.convenientTime("工作日晚上或周末")
			.immediate(immediate)
			.category(category)
			.build();
	}

	private static OpenWorkOrder complaint(UnitView unit, Severity severity, String what, String against,
			String wants) {
		return OpenWorkOrder.of(WorkOrderKind.COMPLAINT)
			.unit(unit.id())
			.reporter(null, "业主", "13800000000")
			.description(what)
			.complaint(severity, against, wants, null)
			.build();
	}

	private static StaffUser user(StaffView view) {
		return new StaffUser(view.id(), view.username(), view.displayName(), null, view.roles(), true);
	}

	/** Runs one step as the staff member whose job it is, then restores the seeder. */
	private static <T> T as(StaffUser user, Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A resident's scribble, as the technician's signature pad sends it. */
	static String signature() {
		BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(3));
		g.drawPolyline(new int[] { 20, 60, 90, 130, 170, 220 }, new int[] { 50, 20, 60, 25, 55, 30 }, 6);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
