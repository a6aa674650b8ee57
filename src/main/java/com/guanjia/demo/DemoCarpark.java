package com.guanjia.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import com.guanjia.carpark.CardKind;
import com.guanjia.carpark.CarparkSettings;
import com.guanjia.carpark.EnterVehicle;
import com.guanjia.carpark.ExitVehicle;
import com.guanjia.carpark.Gate;
import com.guanjia.carpark.IssueCard;
import com.guanjia.carpark.ParkingCards;
import com.guanjia.carpark.ShiftLogs;
import com.guanjia.carpark.TariffCommand;
import com.guanjia.cashier.PaymentMethod;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 阳光花园's car park (R12, issue 14): a tariff (the seeds give no numbers: these are
 * plausible ones, and the settings page says they are the company's), three monthly cards
 * paid at the cashier, this morning's shift log open, a visitor who stayed 1 h 50 min and
 * paid as the demo starts (the tariff is in force from then on, so an exit cannot be
 * backdated before it), and five vehicles inside — two of them card holders, one with
 * damage told to the driver.
 */
@Component
class DemoCarpark {

	private final CarparkSettings settings;

	private final ParkingCards cards;

	private final Gate gate;

	private final ShiftLogs shifts;

	private final Clock clock;

	DemoCarpark(CarparkSettings settings, ParkingCards cards, Gate gate, ShiftLogs shifts, Clock clock) {
		this.settings = settings;
		this.cards = cards;
		this.gate = gate;
		this.shifts = shifts;
		this.clock = clock;
	}

	void seed(long community) {
		settings.define(community,
				new TariffCommand(15, 60, new BigDecimal("5.00"), 30, new BigDecimal("2.00"), new BigDecimal("30.00"),
						LocalTime.of(22, 0), LocalTime.of(7, 0), new BigDecimal("1.00"), new BigDecimal("300.00"),
						"中价〔20**〕65号《中山市机动车停放服务收费管理规定》（示例标准，以公司报批为准）"));
		String[][] holders = { { "粤B12345", "陈志强" }, { "粤B6F789", "林晓燕" }, { "粤BD12345", "黄伟" } };
		for (String[] h : holders) {
			cards.issue(community, new IssueCard(CardKind.MONTHLY, h[0], h[1], null, null, null, 3, PaymentMethod.CASH,
					new BigDecimal("900.00"), "demo-card-" + h[0]));
		}
		var now = clock.instant();
		shifts.open(community, new ShiftLogs.OpenShift("白班", "地库东门岗", now.minus(Duration.ofHours(2))));
		gate.enter(community,
				new EnterVehicle("粤A88K21", true, null, false, "T0001", now.minus(Duration.ofMinutes(110))));
		gate.exit(gate.insideByPlate(community, "粤A88K21").orElseThrow().id(), new ExitVehicle(null, true, true, null,
				null, null, PaymentMethod.CASH, new BigDecimal("10.00"), "demo-exit-1", null));
		enter(community, "粤B12345", null, 600);
		enter(community, "粤B6F789", null, 95);
		enter(community, "粤S3Q520", "右后保险杠有划痕", 75);
		enter(community, "湘A7M331", null, 40);
		enter(community, "粤B0K168", null, 12);
	}

	private void enter(long community, String plate, @Nullable String damage, long minutesAgo) {
		gate.enter(community, new EnterVehicle(plate, true, damage, damage != null, null,
				clock.instant().minus(Duration.ofMinutes(minutesAgo))));
	}

}
