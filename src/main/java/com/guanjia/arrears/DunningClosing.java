package com.guanjia.arrears;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.guanjia.arrears.ArrearsEvents.UtilitiesRestoreDue;
import com.guanjia.billing.BillingEvents.UnitSettled;
import com.guanjia.platform.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Paying everything stops the ladder (R6.7): the unit's open case is closed, and where
 * water or power was suspended a restore task is created and announced at once.
 */
@Component
class DunningClosing {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DunningClosing(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(UnitSettled event) {
		var open = jdbc.sql("""
				update dunning_case set closed_at = ?, closed_reason = 'PAID'
				where community_id = ? and unit_id = ? and closed_at is null
				returning id, utilities_suspended""")
			.params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), event.communityId(), event.unitId())
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getBoolean(2) })
			.optional();
		if (open.isEmpty()) {
			return;
		}
		long caseId = (Long) open.get()[0];
		audit.record(event.communityId(), "dunning-case", caseId, "close", "paid");
		if ((Boolean) open.get()[1]) {
			long task = jdbc.sql(
					"insert into restore_task (community_id, unit_id, case_id, created_at) values (?, ?, ?, ?) returning id")
				.params(event.communityId(), event.unitId(), caseId,
						OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.query(Long.class)
				.single();
			audit.record(event.communityId(), "restore-task", task, "create", "unit " + event.unitId());
			events.publishEvent(new UtilitiesRestoreDue(event.communityId(), event.unitId(), task));
		}
	}

}
