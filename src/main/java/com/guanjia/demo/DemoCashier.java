package com.guanjia.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.CloseCommand;
import com.guanjia.cashier.DailyCloseView;
import com.guanjia.cashier.DailyCloses;
import com.guanjia.cashier.Invoices;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ResultPage;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The cashier's demo (issue 10 "done means"): the administrator took a payment at the
 * desk and closed the day; the receipt was taken for the wrong flat, and since its day is
 * closed it is corrected by a red reversal (红冲) on 吴收银's open day, approved by 刘主管; 吴收银
 * took another payment and recorded the invoice number the tax system issued for it.
 */
@Component
class DemoCashier {

	private final StaffManagement staff;

	private final UnitManagement units;

	private final Ledger ledger;

	private final Cashier cashier;

	private final DailyCloses closes;

	private final Invoices invoices;

	private final CommunityDirectory communities;

	private final Clock clock;

	DemoCashier(StaffManagement staff, UnitManagement units, Ledger ledger, Cashier cashier, DailyCloses closes,
			Invoices invoices, CommunityDirectory communities, Clock clock) {
		this.staff = staff;
		this.units = units;
		this.ledger = ledger;
		this.cashier = cashier;
		this.closes = closes;
		this.invoices = invoices;
		this.communities = communities;
		this.clock = clock;
	}

	void seed(long communityId) {
		Map<String, StaffView> accounts = staff.list().stream().collect(Collectors.toMap(StaffView::username, s -> s));
		StaffUser admin = user(accounts.get("admin"));
		StaffUser teller = user(accounts.get("cashier"));
		StaffUser supervisor = user(accounts.get("supervisor"));
		List<UnitView> flats = units
			.list(communityId, new UnitFilter(null, com.guanjia.estate.UnitState.OCCUPIED, null, null),
					new ResultPage.Request(0, 10))
			.items();
		if (flats.size() < 2) {
			return;
		}
		ReceiptView wrong = payOldest(admin, flats.get(0));
		as(admin, () -> closes.close(communityId, new CloseCommand(DailyCloseView.HandedTo.FINANCE, "演示：已日结")));
		as(teller, () -> cashier.requestVoid(wrong.id(), "收错房号，应为邻户"));
		as(supervisor, () -> cashier.approveVoid(wrong.id()));
		ReceiptView paid = payOldest(teller, flats.get(1));
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(communityId)));
		as(teller, () -> invoices.record(paid.id(), "04412345", today));
	}

	private ReceiptView payOldest(StaffUser who, UnitView unit) {
		List<Line> open = as(who, () -> ledger.lines(unit.id(), true));
		Line oldest = open.get(0);
		return as(who, () -> cashier.pay(new PaymentCommand(unit.id(), List.of(oldest.id()), PaymentMethod.CASH,
				oldest.outstanding().amount().add(BigDecimal.TEN), null, null, UUID.randomUUID().toString())));
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

}
