package com.guanjia.renovation;

import java.time.Clock;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's renovation settings (R9.3, R9.4): the working hours the gate checks, the
 * fees asked at the permit, the longest permit.
 */
@Service
@Transactional
public class RenovationSetup {

	private final SettingsRepository settings;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	RenovationSetup(SettingsRepository settings, CommunityScope scope, AuditTrail audit, Clock clock) {
		this.settings = settings;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RenovationSettings settings(long communityId) {
		scope.require(Permission.RENOVATION_READ);
		scope.require(communityId);
		return settingsOf(communityId);
	}

	/** Changes the settings; the version is the one the user saw (0 for the defaults). */
	public RenovationSettings change(long communityId, RenovationSettings changed) {
		scope.require(Permission.RENOVATION_APPROVE);
		scope.require(communityId);
		changed.validate();
		settings.save(communityId, changed, clock.instant(), scope.actor());
		audit.record(communityId, "renovation_settings", communityId, "update", changed.hours().describe() + " "
				+ changed.garbageFee() + "/" + changed.deposit() + " " + changed.maxPermitDays());
		return settingsOf(communityId);
	}

	/**
	 * The settings for the module's own rules (no caller check: the community is
	 * explicit).
	 */
	RenovationSettings settingsOf(long communityId) {
		return settings.find(communityId).orElse(RenovationSettings.DEFAULTS);
	}

}
