package com.guanjia.notifications;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.BillingEvents.PaymentNoticesIssued;
import com.guanjia.billing.PaymentNotices;
import com.guanjia.billing.PaymentNotices.RunBill;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.notifications.Notifications.Sms;
import com.guanjia.residents.ResidentDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the payment notices (缴费通知单, R6.3) of a committed billing run by SMS: one message
 * to each mobile phone of the owners of each unit the run billed, with the period, what
 * this bill still asks for and what the unit owes in all. A unit whose bill is already
 * covered by its prepaid credit gets nothing. Units whose owners have no mobile are
 * counted, and finance and the cashiers are told in the app to print those notices. The
 * event key of each SMS names the run, the unit and the phone, so a redelivered event
 * sends nothing twice.
 */
@Component
class FeeNotices {

	/**
	 * Units read per page: a run over 200,000 units is sent in pages, not held in memory
	 * at once.
	 */
	static final int PAGE = 500;

	/**
	 * How many units without a mobile the in-app notice names; the rest are only counted.
	 */
	static final int NAMED = 20;

	private final Notifications notifications;

	private final PaymentNotices notices;

	private final ResidentDirectory residents;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	FeeNotices(Notifications notifications, PaymentNotices notices, ResidentDirectory residents, UnitManagement units,
			CommunityDirectory communities) {
		this.notifications = notifications;
		this.notices = notices;
		this.residents = residents;
		this.units = units;
		this.communities = communities;
	}

	@ApplicationModuleListener
	void on(PaymentNoticesIssued e) {
		send(e);
	}

	/**
	 * The listener's work, in one transaction (a test calls it to redeliver the event
	 * synchronously).
	 */
	@Transactional
	void send(PaymentNoticesIssued e) {
		long c = e.communityId();
		String community = communities.names(List.of(c)).getOrDefault(c, "");
		String period = period(e.firstMonth(), e.months());
		List<String> unsent = new ArrayList<>();
		int unsentCount = 0;
		long after = 0;
		while (true) {
			List<RunBill> bills = notices.billsOfRun(c, e.runId(), after, PAGE);
			if (bills.isEmpty()) {
				break;
			}
			List<Long> ids = bills.stream().map(RunBill::unitId).toList();
			Map<Long, String> labels = units.labels(c, ids);
			Map<Long, List<String>> mobiles = residents.ownerMobilesForMessages(c, ids);
			List<Sms> batch = new ArrayList<>();
			for (RunBill bill : bills) {
				after = bill.unitId();
				if (!bill.open().isPositive()) {
					continue;
				}
				String label = labels.getOrDefault(bill.unitId(), "#" + bill.unitId());
				List<String> phones = mobiles.getOrDefault(bill.unitId(), List.of());
				if (phones.isEmpty()) {
					unsentCount++;
					if (unsent.size() < NAMED) {
						unsent.add(label);
					}
					continue;
				}
				for (String phone : phones) {
					batch.add(new Sms("bill:" + e.runId() + ":" + bill.unitId() + ":" + phone, phone, community, label,
							period, bill.open().toString(), bill.owed().toString(), date(bill.dueDate())));
				}
			}
			notifications.queueAll(c, "sms.paymentNotice", batch);
			if (bills.size() < PAGE) {
				break;
			}
		}
		if (unsentCount > 0) {
			String runPeriod = YearMonth.from(e.firstMonth())
					+ (e.months() == 1 ? "" : "~" + YearMonth.from(e.firstMonth()).plusMonths(e.months() - 1));
			String names = String.join(", ", unsent) + (unsentCount > unsent.size() ? " …" : "");
			String link = "/billing/runs/" + e.runId() + "/notices";
			for (String role : List.of("FINANCE", "CASHIER")) {
				notifications.notify(c, "bill-unsent:" + e.runId(), null, role, "notice.paymentNoticesUnsent", link,
						runPeriod, String.valueOf(unsentCount), names);
			}
		}
	}

	/** 2026年11月, or 2026年10月至12月 for a quarter (2026年12月至2027年2月 across a year). */
	private String period(LocalDate firstMonth, int months) {
		YearMonth first = YearMonth.from(firstMonth);
		if (months == 1) {
			return notifications.chinese("sms.period.month", String.valueOf(first.getYear()),
					String.valueOf(first.getMonthValue()));
		}
		YearMonth last = first.plusMonths(months - 1);
		String key = last.getYear() == first.getYear() ? "sms.period.span" : "sms.period.spanYears";
		return notifications.chinese(key, String.valueOf(first.getYear()), String.valueOf(first.getMonthValue()),
				String.valueOf(last.getYear()), String.valueOf(last.getMonthValue()));
	}

	private String date(LocalDate date) {
		return notifications.chinese("sms.date", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getDayOfMonth()));
	}

}
