package com.guanjia.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.billing.BillingEvents.LedgerChanged;
import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.billing.LedgerViews.ReversalRequest;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reversal policy (R6.4): only charges and discounts are reversed here (payments
 * through their receipt's void), never twice, never a charge already paid; above the
 * community's threshold a second person approves. A reversal is the exact opposite entry,
 * so the line's outstanding amount and the unit's balance move back by exactly the
 * reversed amount.
 */
@Component
class Reversals {

	private final JdbcClient jdbc;

	private final LedgerRepository ledger;

	private final ChargeStandards standards;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reversals(JdbcClient jdbc, LedgerRepository ledger, ChargeStandards standards, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.standards = standards;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	ReversalRequest request(long communityId, Entry entry, String reason) {
		Problems p = new Problems();
		p.text("reason", reason, 200);
		p.throwIfAny();
		check(communityId, entry);
		Money threshold = standards.loadSettings(communityId).reversalApprovalThreshold();
		boolean needsApproval = entry.amount().amount().abs().compareTo(threshold.amount()) > 0;
		long id = jdbc.sql("""
				insert into reversal_request (community_id, entry_id, unit_id, amount, reason, status, requested_by,
				  requested_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, entry.id(), entry.unitId(), entry.amount().amount(), reason.strip(),
					needsApproval ? "PENDING" : "DONE", scope.actor(), now())
			.query(Long.class)
			.single();
		audit.record(communityId, "reversal", id, "request", entry.kind() + " " + entry.amount() + " " + reason);
		if (!needsApproval) {
			reverse(communityId, entry, reason, id);
		}
		return find(communityId, id);
	}

	ReversalRequest approve(long requestId) {
		ReversalRequest request = jdbc.sql(SELECT + " where community_id = any(?) and id = ?")
			.params(scope.allowedIds().toArray(Long[]::new), requestId)
			.query(Reversals::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("reversal", requestId));
		if (!"PENDING".equals(request.status())) {
			throw new ConflictException("reversal.notPending");
		}
		if (request.requestedBy().equals(scope.actor())) {
			throw new RuleViolationException("reversal.secondPerson");
		}
		int updated = jdbc.sql("""
				update reversal_request set status = 'DONE', decided_by = ?, decided_at = ?, version = version + 1
				where community_id = ? and id = ? and status = 'PENDING'""")
			.params(scope.actor(), now(), request.communityId(), requestId)
			.update();
		if (updated == 0) {
			throw new ConflictException("reversal.notPending");
		}
		Entry entry = ledger.entry(List.of(request.communityId()), request.entryId()).orElseThrow();
		check(request.communityId(), entry);
		reverse(request.communityId(), entry, request.reason(), requestId);
		audit.record(request.communityId(), "reversal", requestId, "approve", null);
		return find(request.communityId(), requestId);
	}

	List<ReversalRequest> pending(long communityId) {
		return jdbc.sql(SELECT + " where community_id = ? and status = 'PENDING' order by id")
			.param(communityId)
			.query(Reversals::map)
			.list();
	}

	private void check(long communityId, Entry entry) {
		if (entry.kind() != EntryKind.CHARGE && entry.kind() != EntryKind.DISCOUNT) {
			throw new RuleViolationException("reversal.kind");
		}
		if (ledger.isReversed(communityId, entry.id())) {
			throw new ConflictException("reversal.already");
		}
		if (entry.kind() == EntryKind.CHARGE && entry.billLineId() != null) {
			var line = ledger.linesById(communityId, List.of(entry.billLineId())).get(0);
			if (line.outstanding().compareTo(line.amount()) < 0) {
				throw new RuleViolationException("reversal.paid");
			}
		}
	}

	private void reverse(long communityId, Entry entry, String reason, long requestId) {
		if (entry.billLineId() != null) {
			ledger.lock(communityId, entry.unitId(), List.of(entry.billLineId()));
		}
		ledger.insert(communityId, entry.unitId(), EntryKind.REVERSAL, entry.amount().negate(), entry.billLineId(),
				"REVERSAL", requestId, entry.id(), reason, scope.actor());
		events.publishEvent(new LedgerChanged(communityId, entry.unitId()));
	}

	private ReversalRequest find(long communityId, long id) {
		return jdbc.sql(SELECT + " where community_id = ? and id = ?")
			.params(communityId, id)
			.query(Reversals::map)
			.single();
	}

	private static final String SELECT = """
			select id, community_id, entry_id, unit_id, amount, reason, status, requested_by, decided_by
			from reversal_request""";

	private static ReversalRequest map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ReversalRequest(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				Money.of(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
