package com.guanjia.inspections;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.CommunityId;
import com.guanjia.support.Fixtures;

import org.springframework.stereotype.Component;

/**
 * A community set up for patrols: two areas (a building and the grounds), a route of five
 * checkpoints with the building and cleaning checklists, a cleaning contractor covering
 * both areas, a butler, a supervisor and a manager.
 */
@Component
public class InspectionFixtures {

	private final Fixtures fixtures;

	private final InspectionSetup setup;

	private final Contractors contractors;

	private final Rounds rounds;

	InspectionFixtures(Fixtures fixtures, InspectionSetup setup, Contractors contractors, Rounds rounds) {
		this.fixtures = fixtures;
		this.setup = setup;
		this.contractors = contractors;
		this.rounds = rounds;
	}

	/** What {@link #estate} made. */
	public record Estate(long communityId, AreaView building, AreaView grounds, RouteView route, ContractorView cleaner,
			StaffUser butler, StaffUser supervisor, StaffUser manager) {

		public List<ScheduleRound.Stop> stops() {
			return route.checkpoints()
				.stream()
				.map(c -> new ScheduleRound.Stop(c.name(), c.templateCode(), c.id(), c.areaId()))
				.toList();
		}

	}

	public Estate estate(String name) {
		long community = fixtures.community(name).id();
		return Fixtures.as(Fixtures.ROOT, () -> {
			AreaView building = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.BUILDING, "1栋", null));
			AreaView grounds = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.GROUNDS, "大区", null));
			RouteView route = setup.createRoute(community, "日常巡查路线");
			String[][] points = { { "1栋大堂", "B", "BUILDING" }, { "1栋电梯厅", "B", "BUILDING" },
					{ "中心花园", "G", "CLEANING" }, { "南门道路", "G", "CLEANING" }, { "地库入口", "G", "CLEANING" } };
			for (String[] p : points) {
				setup.addCheckpoint(route.id(),
						new InspectionSetup.NewCheckpoint(p[0], p[1].equals("B") ? building.id() : grounds.id(), p[2]));
			}
			ContractorView cleaner = contractors.create(community,
					new Contractors.NewContractor("洁美保洁公司", Trade.CLEANING, "黄经理", "13900001111"));
			contractors.addContract(cleaner.id(), new Contractors.NewContract("BJ-" + Fixtures.unique(""),
					LocalDate.of(2026, 1, 1), null, new BigDecimal("30000.00"), List.of(building.id(), grounds.id())));
			return new Estate(community, building, grounds, setup.route(route.id()), contractors.get(cleaner.id()),
					fixtures.staff(Role.BUTLER, community), fixtures.staff(Role.SUPERVISOR, community),
					fixtures.staff(Role.MANAGER, community));
		});
	}

	/** A round over the estate's route in the window. */
	public RoundId round(Estate e, String key, Instant start, Instant end, Long assignee) {
		return Fixtures.as(Fixtures.ROOT, () -> rounds.schedule(new ScheduleRound(CommunityId.of(e.communityId()),
				RoundKind.PATROL, key, "日常巡查", null, e.route().id(), null, e.stops(), assignee, start, end)));
	}

	/** Every item of a checkpoint's checklist passes, but those listed fail. */
	public static List<ItemAnswer> answers(VisitView visit, int... failing) {
		List<ItemAnswer> answers = new ArrayList<>();
		for (ChecklistItem item : visit.items()) {
			boolean fail = java.util.Arrays.stream(failing).anyMatch(f -> f == item.position());
			answers.add(new ItemAnswer(item.position(), fail ? Outcome.FAIL : Outcome.PASS, fail ? "不干净" : null));
		}
		return answers;
	}

	/** A real PNG of the size. */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		g.drawLine(0, 0, width, height);
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

}
