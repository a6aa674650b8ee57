package com.guanjia.carpark;

import java.util.List;
import java.util.Optional;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The community's tariff as data (issue 14 item 4): the manager enters a new one, in
 * force from now on; older ones stay, so a stay is always charged by the tariff in force
 * when it left. The seeds give no numbers: they are the company's, approved under the
 * document each tariff names.
 */
@Service
@Transactional
@NamedInterface("api")
public class CarparkSettings {

	private final TariffRepository tariffs;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final GateTime time;

	CarparkSettings(TariffRepository tariffs, CommunityScope scope, AuditTrail audit, GateTime time) {
		this.tariffs = tariffs;
		this.scope = scope;
		this.audit = audit;
		this.time = time;
	}

	/** The tariff in force now; anyone working the car park may read it. */
	@Transactional(readOnly = true)
	public Optional<Tariff> tariff(long communityId) {
		requireReader();
		scope.require(communityId);
		return tariffs.inForce(communityId, time.now());
	}

	@Transactional(readOnly = true)
	public List<Tariff> history(long communityId) {
		requireReader();
		scope.require(communityId);
		return tariffs.history(communityId);
	}

	public Tariff define(long communityId, TariffCommand command) {
		scope.require(Permission.CARPARK_ADMIN);
		scope.require(communityId);
		command.validate();
		long id = tariffs.insert(communityId, command, time.now(), scope.actor(), time.now());
		audit.record(communityId, "parking_tariff", id, "define",
				command.firstPeriodFee() + "/" + command.periodFee() + " " + command.approvalReference());
		return tariffs.inForce(communityId, time.now()).orElseThrow();
	}

	/**
	 * The tariff a stay leaving at {@code at} pays by (for the services of the module).
	 */
	Tariff inForce(long communityId, java.time.Instant at) {
		return tariffs.inForce(communityId, at).orElseThrow(() -> new RuleViolationException("carpark.noTariff"));
	}

	private void requireReader() {
		if (!scope.has(Permission.CARPARK_GATE) && !scope.has(Permission.CARPARK_ADMIN)
				&& !scope.has(Permission.CARPARK_CARDS) && !scope.has(Permission.CARPARK_REPORT)) {
			scope.require(Permission.CARPARK_GATE);
		}
	}

}
