package com.guanjia.renovation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.guanjia.shared.RuleViolationException;

/**
 * What an application needs before its permit (R9.1, R9.2; seed 002 "涉及拆改主体结构和明显加大荷载的，
 * 要求申请人向房屋所在地的房地产行政主管部门提出申请"): the floor plan, electrical routing and water supply and
 * drainage drawings, the signed agreement and liability pledge; a proxy's authorisation
 * and ID copy; and for a structural change or added load the housing authority's
 * approval, uploaded and checked.
 */
final class PermitPolicy {

	private static final List<DocumentKind> ALWAYS = List.of(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL,
			DocumentKind.PLUMBING, DocumentKind.AGREEMENT, DocumentKind.PLEDGE);

	private static final List<DocumentKind> PROXY = List.of(DocumentKind.AUTHORIZATION, DocumentKind.PROXY_ID);

	private PermitPolicy() {
	}

	/** The papers the application needs, in the order the page lists them. */
	static List<DocumentKind> required(ApplicantKind applicant, boolean structural) {
		List<DocumentKind> required = new ArrayList<>(ALWAYS);
		if (applicant == ApplicantKind.PROXY) {
			required.addAll(PROXY);
		}
		if (structural) {
			required.add(DocumentKind.STRUCTURAL_APPROVAL);
		}
		return required;
	}

	/** The required papers not handed in yet. */
	static List<DocumentKind> missing(ApplicantKind applicant, boolean structural, Set<DocumentKind> handedIn) {
		return required(applicant, structural).stream().filter(k -> !handedIn.contains(k)).toList();
	}

	/**
	 * Refuses a permit the application is not ready for: a structural change without the
	 * approval uploaded and checked first (R9.2), then the first paper missing.
	 */
	static void requireReady(ApplicantKind applicant, boolean structural, Set<DocumentKind> handedIn,
			boolean approvalChecked) {
		if (structural && !handedIn.contains(DocumentKind.STRUCTURAL_APPROVAL)) {
			throw new RuleViolationException("renovation.permit.structuralApproval");
		}
		if (structural && !approvalChecked) {
			throw new RuleViolationException("renovation.permit.approvalNotChecked");
		}
		List<DocumentKind> missing = missing(applicant, structural, handedIn);
		if (!missing.isEmpty()) {
			throw new RuleViolationException("renovation.permit.missing",
					Aggregate.resolvable(missing.get(0).messageKey()), missing.size());
		}
	}

	static void requireApprovalCheckable(boolean structural, Set<DocumentKind> handedIn) {
		if (!structural) {
			throw new RuleViolationException("renovation.approval.notStructural");
		}
		if (!handedIn.contains(DocumentKind.STRUCTURAL_APPROVAL)) {
			throw new RuleViolationException("renovation.permit.structuralApproval");
		}
	}

}
