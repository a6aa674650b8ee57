package com.guanjia.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment notices (缴费通知单, R6.3): what a unit owes, line by line, printable one by one or
 * in bulk.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PaymentNotices {

	private final LedgerRepository ledger;

	private final Ledger ledgerService;

	private final UnitManagement units;

	private final BillingRuns runs;

	private final BillingRunRepository runRepository;

	private final CommunityScope scope;

	private final JdbcClient jdbc;

	private final com.guanjia.residents.ResidentDirectory residents;

	private final java.time.Clock clock;

	private final com.guanjia.estate.CommunityDirectory communities;

	PaymentNotices(LedgerRepository ledger, Ledger ledgerService, UnitManagement units, BillingRuns runs,
			BillingRunRepository runRepository, CommunityScope scope, JdbcClient jdbc,
			com.guanjia.residents.ResidentDirectory residents, java.time.Clock clock,
			com.guanjia.estate.CommunityDirectory communities) {
		this.clock = clock;
		this.communities = communities;
		this.runRepository = runRepository;
		this.residents = residents;
		this.ledger = ledger;
		this.ledgerService = ledgerService;
		this.units = units;
		this.runs = runs;
		this.scope = scope;
		this.jdbc = jdbc;
	}

	/**
	 * A unit's notice: its open lines, oldest first, the credit it holds and the total
	 * due.
	 */
	public record Notice(UnitView unit, String owners, List<Line> lines, Money owed, Money credit, Money due,
			@org.jspecify.annotations.Nullable LocalDate dueDate, Money overdue) {
	}

	public Notice forUnit(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		return notice(unit);
	}

	/** The notices of a run's units, a page at a time (200 a page prints comfortably). */
	public List<Notice> forRun(long runId, int page, int size) {
		RunView run = runs.get(runId);
		List<Long> unitIds = jdbc.sql("""
				select distinct unit_id from bill_line where community_id = ? and run_id = ?
				order by unit_id limit ? offset ?""")
			.params(run.communityId(), runId, size, page * size)
			.query(Long.class)
			.list();
		List<Notice> notices = new ArrayList<>();
		for (long id : unitIds) {
			units.find(UnitId.of(run.communityId(), id)).ifPresent(u -> notices.add(notice(u)));
		}
		return notices;
	}

	/**
	 * A unit's bill in a run, for the notice sent by SMS: what the run charged it, what
	 * is still open of that (credit and payments taken off), what the unit owes in all
	 * (older bills too), and the earliest due date of the run's lines.
	 */
	@NamedInterface("api")
	public record RunBill(long unitId, Money charged, Money open, Money owed, LocalDate dueDate) {
	}

	/**
	 * The bills of a run, in unit order after {@code afterUnitId}, at most {@code limit}
	 * units: keyset paging for the notifications module, which sends the notices of a run
	 * over 200,000 units. No caller check: the community is explicit (it comes from the
	 * run's event); an unknown run has no bills.
	 */
	public List<RunBill> billsOfRun(long communityId, long runId, long afterUnitId, int limit) {
		var run = runRepository.find(List.of(communityId), runId);
		if (run.isEmpty()) {
			return List.of();
		}
		LocalDate first = run.get().firstMonth().atDay(1);
		LocalDate end = first.plusMonths(run.get().months());
		// The unit index walks units in order from the cursor; the period bounds keep
		// older lines out.
		return jdbc.sql("""
				with bills as (
				  select l.unit_id, sum(l.amount) as charged,
				    sum(coalesce((select sum(e.amount) from ledger_entry e
				                  where e.community_id = l.community_id and e.bill_line_id = l.id), 0)) as open,
				    min(l.due_date) as due_date
				  from bill_line l
				  where l.community_id = ? and l.unit_id > ? and l.period >= ? and l.period < ? and l.origin = 'RUN'
				    and l.run_id = ?
				  group by l.unit_id order by l.unit_id limit ?)
				select b.*, (select coalesce(sum(e.amount), 0) from ledger_entry e
				             where e.community_id = ? and e.unit_id = b.unit_id and e.bill_line_id is not null) as owed
				from bills b order by b.unit_id""")
			.params(communityId, afterUnitId, java.sql.Date.valueOf(first), java.sql.Date.valueOf(end), runId, limit,
					communityId)
			.query((rs, i) -> new RunBill(rs.getLong("unit_id"), Money.of(rs.getBigDecimal("charged")),
					Money.of(rs.getBigDecimal("open")), Money.of(rs.getBigDecimal("owed")),
					rs.getDate("due_date").toLocalDate()))
			.list();
	}

	private Notice notice(UnitView unit) {
		List<Line> open = ledger.lines(unit.communityId(), unit.id(), true);
		var balance = ledgerService.balanceOf(unit.communityId(), unit.id());
		// The date to pay by is that of the bills not yet overdue: a notice printed in
		// December must not say "pay by 15 November" because an October bill is still
		// open (issue 10 item 16); what is overdue already is shown apart, to pay now.
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(unit.communityId())));
		LocalDate due = open.stream()
			.map(Line::dueDate)
			.filter(d -> !d.isBefore(today))
			.min(LocalDate::compareTo)
			.orElse(null);
		Money overdue = open.stream()
			.filter(l -> l.dueDate().isBefore(today))
			.map(Line::outstanding)
			.reduce(Money.ZERO, Money::plus);
		Money owed = open.stream().map(Line::outstanding).reduce(Money.ZERO, Money::plus);
		String owners = String.join("、",
				residents.ownersOf(unit.unitId()).stream().map(com.guanjia.residents.ResidentSummary::name).toList());
		return new Notice(unit, owners, open, owed, balance.credit(), owed, due, overdue);
	}

	/** Open amounts by item, for a notice's summary. */
	public static Map<ChargeItem, Money> byItem(List<Line> lines) {
		Map<ChargeItem, Money> sums = new LinkedHashMap<>();
		for (Line l : lines) {
			sums.merge(l.item(), l.outstanding(), Money::plus);
		}
		return sums;
	}

}
