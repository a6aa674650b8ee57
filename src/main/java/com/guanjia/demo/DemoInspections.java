package com.guanjia.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.inspections.AreaKind;
import com.guanjia.inspections.AreaView;
import com.guanjia.inspections.ChecklistItem;
import com.guanjia.inspections.ContractorView;
import com.guanjia.inspections.Contractors;
import com.guanjia.inspections.EvaluationPeriod;
import com.guanjia.inspections.EvaluationView;
import com.guanjia.inspections.Evaluations;
import com.guanjia.inspections.FindingActions;
import com.guanjia.inspections.FindingView;
import com.guanjia.inspections.InspectionSetup;
import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.PhotoUpload;
import com.guanjia.inspections.Recurrence;
import com.guanjia.inspections.RecordVisit;
import com.guanjia.inspections.RoundId;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RoundQueries;
import com.guanjia.inspections.RoundWork;
import com.guanjia.inspections.Rounds;
import com.guanjia.inspections.RouteView;
import com.guanjia.inspections.ScheduleRound;
import com.guanjia.inspections.ScheduleView;
import com.guanjia.inspections.Schedules;
import com.guanjia.inspections.VisitView;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.CommunityId;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 阳光花园's patrols (R11): areas, four routes with their checkpoints (QR labels printable
 * from the setup page), the schedules of seeds 001 and 003, the cleaning and greening
 * contractors with their contracts, last month's records with both contractors'
 * evaluations signed by 王经理, and the past week of patrols with findings: a lamp that
 * became a work order, cleaning and greening lapses with the contractors, a missed round.
 * Past checkpoints are entered as paper sheets afterwards (补录) by 李主管 with the times they
 * were checked.
 */
@Component
class DemoInspections {

	private final StaffManagement staff;

	private final InspectionSetup setup;

	private final Schedules schedules;

	private final Contractors contractors;

	private final Rounds rounds;

	private final RoundWork work;

	private final RoundQueries queries;

	private final FindingActions findings;

	private final Evaluations evaluations;

	private final CommunityDirectory communities;

	private final Clock clock;

	DemoInspections(StaffManagement staff, InspectionSetup setup, Schedules schedules, Contractors contractors,
			Rounds rounds, RoundWork work, RoundQueries queries, FindingActions findings, Evaluations evaluations,
			CommunityDirectory communities, Clock clock) {
		this.staff = staff;
		this.setup = setup;
		this.schedules = schedules;
		this.contractors = contractors;
		this.rounds = rounds;
		this.work = work;
		this.queries = queries;
		this.findings = findings;
		this.evaluations = evaluations;
		this.communities = communities;
		this.clock = clock;
	}

	void seed(long community) {
		Map<String, StaffView> accounts = staff.list().stream().collect(Collectors.toMap(StaffView::username, s -> s));
		StaffUser butler = user(accounts.get("butler"));
		StaffUser supervisor = user(accounts.get("supervisor"));
		StaffUser manager = user(accounts.get("manager"));
		List<AreaView> buildings = new ArrayList<>();
		for (int b = 1; b <= 5; b++) {
			buildings.add(setup.createArea(community, new InspectionSetup.NewArea(AreaKind.BUILDING, b + "栋", null)));
		}
		AreaView grounds = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.GROUNDS, "大区", null));
		AreaView sales = setup.createArea(community,
				new InspectionSetup.NewArea(AreaKind.SALES_CENTRE, "销售中心（样板房）", null));
		AreaView club = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.CLUBHOUSE, "会所", null));
		AreaView garage = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.CAR_PARK, "地下车库", null));

		RouteView daily = route(community, "日常巡查路线",
				new Object[][] { { "1栋大堂", buildings.get(0), "BUILDING" }, { "2栋大堂", buildings.get(1), "BUILDING" },
						{ "中心花园", grounds, "CLEANING" }, { "南门道路", grounds, "CLEANING" },
						{ "中心绿化带", grounds, "GREENING" }, { "销售中心（样板房）", sales, "CLEANING" },
						{ "会所", club, "CLEANING" } });
		List<Object[]> corridors = new ArrayList<>();
		for (AreaView b : buildings) {
			corridors.add(new Object[] { b.name() + "楼道", b, "CORRIDOR" });
		}
		RouteView corridor = route(community, "楼道检查路线", corridors.toArray(Object[][]::new));
		RouteView facilities = route(community, "公共设施路线",
				new Object[][] { { "儿童游乐场", grounds, "PUBLIC_FACILITY" }, { "南门与可视对讲", grounds, "PUBLIC_FACILITY" },
						{ "地库入口", garage, "PUBLIC_FACILITY" }, { "中心绿地", grounds, "GREENING" } });
		RouteView comprehensive = route(community, "综合大检查路线", new Object[][] { { "大区", grounds, "COMPREHENSIVE" },
				{ "销售中心（样板房）", sales, "COMPREHENSIVE" }, { "会所", club, "COMPREHENSIVE" } });

		ScheduleView patrol = schedules.create(community, new Schedules.NewSchedule("日常巡查", RoundKind.PATROL,
				daily.id(), Recurrence.DAILY, null, null, "08:00-11:30,14:00-17:30", butler.staffId()));
		schedules.create(community,
				new Schedules.NewSchedule("楼道照明与卫生检查", RoundKind.CORRIDOR, corridor.id(), Recurrence.WEEKLY,
						Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), null, "09:00-11:00", butler.staffId()));
		schedules.create(community, new Schedules.NewSchedule("公共设施与绿化检查", RoundKind.FACILITIES, facilities.id(),
				Recurrence.WEEKLY, Set.of(DayOfWeek.THURSDAY), null, "14:00-17:00", butler.staffId()));
		schedules.create(community, new Schedules.NewSchedule("空置房月检", RoundKind.VACANT_UNIT, null, Recurrence.MONTHLY,
				null, 1, null, null));
		schedules.create(community, new Schedules.NewSchedule("物业综合大检查", RoundKind.COMPREHENSIVE, comprehensive.id(),
				Recurrence.MONTHLY, null, 20, null, null));

		ZoneId zone = communities.timeZone(community);
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		List<Long> cleaned = new ArrayList<>(buildings.stream().map(AreaView::id).toList());
		cleaned.addAll(List.of(grounds.id(), sales.id(), club.id()));
		contractor(community, "洁美保洁服务有限公司", com.guanjia.inspections.Trade.CLEANING, "黄经理", "13800138001", "BJ-2026-01",
				today.minusYears(1), "36000.00", cleaned);
		contractor(community, "绿源园林绿化有限公司", com.guanjia.inspections.Trade.GREENING, "林经理", "13800138002", "LH-2026-01",
				today.minusYears(1), "12000.00", List.of(grounds.id()));

		// Last month: a patrol every other day, then both evaluations computed and
		// signed.
		YearMonth thisMonth = EvaluationPeriod.containing(today, 25).month();
		EvaluationPeriod last = evaluations.period(community, thisMonth.minusMonths(1));
		int n = 0;
		for (LocalDate day = last.start(); !day.isAfter(last.end()); day = day.plusDays(2)) {
			RoundId id = round(community, daily, patrol, "demo:" + day, day, LocalTime.of(8, 0), LocalTime.of(11, 30),
					butler);
			int lapse = n++ % 3;
			walk(supervisor, id, day.atTime(8, 20).atZone(zone).toInstant(), p -> switch (lapse) {
				case 0 -> p == 3 ? new int[] { 1 } : new int[0];
				case 1 -> p == 5 ? new int[] { 2 } : new int[0];
				default -> p == 6 ? new int[] { 5 } : new int[0];
			});
		}
		// The month-end run of the community computes both contractors' month.
		for (EvaluationView e : as(supervisor, () -> evaluations.computeAll(community, last.month()))) {
			as(manager, () -> evaluations.sign(e.id(), e.version()));
		}

		// The past week, both windows a day; the afternoon round two days ago nobody
		// walked.
		for (int back = 7; back >= 1; back--) {
			LocalDate day = today.minusDays(back);
			for (LocalTime[] window : new LocalTime[][] { { LocalTime.of(8, 0), LocalTime.of(11, 30) },
					{ LocalTime.of(14, 0), LocalTime.of(17, 30) } }) {
				Instant start = day.atTime(window[0]).atZone(zone).toInstant();
				RoundId id = round(community, daily, patrol, "s" + patrol.id() + ":" + start, day, window[0], window[1],
						butler);
				if (back == 2 && window[0].getHour() == 14) {
					work.flagMissed(id, clock.instant());
					continue;
				}
				int b = back;
				boolean morning = window[0].getHour() == 8;
				walk(supervisor, id, start.plusSeconds(20 * 60), p -> {
					if (b == 6 && morning && p == 1) {
						return new int[] { 8 };
					}
					if (b == 5 && morning && p == 3 || b == 3 && morning && p == 4) {
						return new int[] { 1 };
					}
					if (b == 4 && !morning && p == 5) {
						return new int[] { 2 };
					}
					if (b == 1 && !morning && p == 7) {
						return new int[] { 3 };
					}
					return new int[0];
				});
			}
		}
		List<FindingView> open = findings.list(community, true, null, RoundKind.PATROL);
		Instant now = clock.instant();
		for (FindingView f : open) {
			if (f.item().equals("照明灯具")) {
				as(butler, () -> findings.order(f.id()));
			}
			else if (f.item().startsWith("道路") || f.item().equals("无枯枝、死苗")) {
				as(butler, () -> findings.sendToContractor(f.id(), null, now.plusSeconds(86400)));
			}
		}
	}

	private RouteView route(long community, String name, Object[][] checkpoints) {
		RouteView route = setup.createRoute(community, name);
		for (Object[] c : checkpoints) {
			setup.addCheckpoint(route.id(),
					new InspectionSetup.NewCheckpoint((String) c[0], ((AreaView) c[1]).id(), (String) c[2]));
		}
		return setup.route(route.id());
	}

	private ContractorView contractor(long community, String name, com.guanjia.inspections.Trade trade, String contact,
			String phone, String number, LocalDate from, String fee, List<Long> areas) {
		ContractorView c = contractors.create(community, new Contractors.NewContractor(name, trade, contact, phone));
		return contractors.addContract(c.id(),
				new Contractors.NewContract(number, from, null, new BigDecimal(fee), areas));
	}

	private RoundId round(long community, RouteView route, ScheduleView schedule, String key, LocalDate day,
			LocalTime from, LocalTime to, StaffUser butler) {
		ZoneId zone = communities.timeZone(community);
		return rounds.schedule(new ScheduleRound(CommunityId.of(community), RoundKind.PATROL, key,
				schedule.name() + " " + from + "–" + to, null, route.id(), schedule.id(),
				route.checkpoints()
					.stream()
					.map(c -> new ScheduleRound.Stop(c.name(), c.templateCode(), c.id(), c.areaId()))
					.toList(),
				butler.staffId(), day.atTime(from).atZone(zone).toInstant(), day.atTime(to).atZone(zone).toInstant()));
	}

	/**
	 * Enters a paper patrol sheet: each checkpoint three minutes after the last, failing
	 * the items given.
	 */
	private void walk(StaffUser who, RoundId id, Instant first, java.util.function.IntFunction<int[]> failing) {
		List<VisitView> visits = as(who, () -> queries.get(id.value())).visits();
		for (VisitView v : visits) {
			int[] fail = failing.apply(v.position());
			List<ItemAnswer> answers = new ArrayList<>();
			List<PhotoUpload> photos = new ArrayList<>();
			for (ChecklistItem item : v.items()) {
				boolean bad = java.util.Arrays.stream(fail).anyMatch(f -> f == item.position());
				answers
					.add(new ItemAnswer(item.position(), bad ? Outcome.FAIL : Outcome.PASS, bad ? note(item) : null));
				if (bad) {
					photos.add(new PhotoUpload(item.position(), "现场.png", "image/png", photo()));
				}
			}
			Instant at = first.plusSeconds(180L * (v.position() - 1));
			as(who, () -> work.visit(id.value(), v.position(), new RecordVisit(answers, null, true, photos, at)));
		}
	}

	private static String note(ChecklistItem item) {
		return switch (item.trade()) {
			case ENGINEERING -> "灯不亮，需维修";
			case CLEANING -> "有垃圾、落叶未清扫";
			case GREENING -> "有枯枝，需修剪";
			case SECURITY, OTHER -> "需跟进";
		};
	}

	private static byte[] photo() {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xdd, 0xe6, 0xd5));
		g.fillRect(0, 0, 320, 240);
		g.setColor(new Color(0x6b, 0x4f, 0x2a));
		g.fillOval(120, 90, 80, 60);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static StaffUser user(StaffView view) {
		return new StaffUser(view.id(), view.username(), view.displayName(), null, view.roles(), true);
	}

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

}
