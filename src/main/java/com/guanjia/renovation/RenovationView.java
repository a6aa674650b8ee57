package com.guanjia.renovation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.estate.UnitState;
import com.guanjia.shared.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A renovation as pages and the API show it. The proxy's ID number and the phones are
 * masked unless the viewer may see them; {@code actions} are the steps the renovation
 * allows now, {@code missingPapers} what the permit still waits for.
 */
@NamedInterface("api")
public record RenovationView(long id, long communityId, long unitId, String unitLabel, RenovationStatus status,
		ApplicantKind applicantKind, @Nullable Long ownerPartyId, String ownerName, @Nullable String applicantPhone,
		@Nullable String proxyName, @Nullable String proxyIdCard, String works, boolean structural,
		String contractorName, @Nullable String contractorLeader, @Nullable String contractorPhone,
		LocalDate plannedStart, LocalDate plannedEnd, @Nullable String approvalCheckedBy,
		@Nullable Instant approvalCheckedAt, @Nullable String permitNumber, @Nullable LocalDate permitFrom,
		@Nullable LocalDate permitUntil, @Nullable String permittedBy, @Nullable BigDecimal garbageFee,
		@Nullable Long garbageLineId, @Nullable BigDecimal depositAmount, @Nullable Long depositId,
		@Nullable UnitState previousUnitState, @Nullable String acceptedBy, @Nullable Instant acceptedAt,
		@Nullable BigDecimal refundDeduction, @Nullable String refundReason, @Nullable Instant closedAt,
		String appliedBy, Instant appliedAt, int version, List<RenovationAction> actions,
		List<DocumentKind> requiredPapers, List<DocumentKind> missingPapers) {

	static RenovationView of(Renovation r, boolean idVisible, boolean phoneVisible) {
		Application a = r.application();
		Application.Applicant who = a.applicant();
		Permit p = r.permit();
		Renovation.Checked approval = r.approvalChecked();
		Renovation.Checked accepted = r.accepted();
		Renovation.Refund refund = r.refund();
		List<RenovationAction> actions = r.possibleSteps().stream().sorted().toList();
		return new RenovationView(r.id(), r.communityId(), a.unitId(), a.unitLabel(), r.status(), who.kind(),
				who.ownerPartyId(), who.ownerName(), Masking.phone(who.phone(), phoneVisible), who.proxyName(),
				PersonalIds.shown(who.proxyIdCard(), idVisible), a.works(), a.structural(), a.contractor().name(),
				a.contractor().leader(), Masking.phone(a.contractor().phone(), phoneVisible), a.plannedStart(),
				a.plannedEnd(), approval == null ? null : approval.by(), approval == null ? null : approval.at(),
				p == null ? null : p.number(), p == null ? null : p.from(), p == null ? null : p.until(),
				p == null ? null : p.by(), p == null ? null : p.garbageFee().amount(),
				p == null ? null : p.garbageLineId(), p == null ? null : p.deposit().amount(),
				p == null ? null : p.depositId(), p == null ? null : p.previousUnitState(),
				accepted == null ? null : accepted.by(), accepted == null ? null : accepted.at(),
				refund == null ? null : refund.deduction().amount(), refund == null ? null : refund.reason(),
				r.closedAt(), a.appliedBy(), a.appliedAt(), r.version(), actions,
				PermitPolicy.required(who.kind(), a.structural()), r.missingPapers());
	}

	/** Whether the renovation allows the step now, by name (for the page's buttons). */
	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

	/** Whether the paper was handed in (the page's checklist). */
	public boolean handedIn(DocumentKind kind) {
		return !missingPapers.contains(kind);
	}

	/** The amount paid back: the deposit less the deduction. */
	public @Nullable BigDecimal refundAmount() {
		if (depositAmount == null) {
			return null;
		}
		return refundDeduction == null ? depositAmount : depositAmount.subtract(refundDeduction);
	}

}
