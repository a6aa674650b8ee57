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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payment notices (缴费通知单, R6.3): what a unit owes, line by line, printable one by one or in bulk. */
@Service
@Transactional(readOnly = true)
public class PaymentNotices {

	private final LedgerRepository ledger;

	private final Ledger ledgerService;

	private final UnitManagement units;

	private final BillingRuns runs;

	private final CommunityScope scope;

	private final JdbcClient jdbc;

	private final com.guanjia.residents.ResidentDirectory residents;

	PaymentNotices(LedgerRepository ledger, Ledger ledgerService, UnitManagement units, BillingRuns runs,
			CommunityScope scope, JdbcClient jdbc, com.guanjia.residents.ResidentDirectory residents) {
		this.residents = residents;
		this.ledger = ledger;
		this.ledgerService = ledgerService;
		this.units = units;
		this.runs = runs;
		this.scope = scope;
		this.jdbc = jdbc;
	}

	/** A unit's notice: its open lines, oldest first, the credit it holds and the total due. */
	public record Notice(UnitView unit, String owners, List<Line> lines, Money owed, Money credit, Money due,
			LocalDate dueDate) {
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

	private Notice notice(UnitView unit) {
		List<Line> open = ledger.lines(unit.communityId(), unit.id(), true);
		var balance = ledgerService.balanceOf(unit.communityId(), unit.id());
		LocalDate due = open.stream().map(Line::dueDate).min(LocalDate::compareTo).orElse(null);
		Money owed = open.stream().map(Line::outstanding).reduce(Money.ZERO, Money::plus);
		String owners = String.join("、",
				residents.ownersOf(unit.unitId()).stream().map(com.guanjia.residents.ResidentSummary::name).toList());
		return new Notice(unit, owners, open, owed, balance.credit(), owed, due);
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
