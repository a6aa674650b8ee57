package com.guanjia.movein;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.guanjia.archive.DocumentType;

/**
 * The papers to check by applicant kind (R8.1, seed 002: "业主本人办理：业主身份证、入伙通知书、房屋买卖契约；
 * 业主委托他人代为办理：除上述资料外，还需提供委托人身份证及委托书；单位购买：除上述资料处，还需提供单位证明及个人身份证明"), in the order they are
 * asked for.
 */
final class DocumentRequirements {

	private DocumentRequirements() {
	}

	static List<DocumentType> required(ApplicantKind kind) {
		List<DocumentType> required = new ArrayList<>(
				List.of(DocumentType.ID_COPY, DocumentType.MOVE_IN_NOTICE, DocumentType.PURCHASE_CONTRACT));
		switch (kind) {
			case OWNER -> {
			}
			case PROXY -> required.addAll(List.of(DocumentType.AUTHORIZATION, DocumentType.PROXY_ID_COPY));
			case COMPANY -> required.add(DocumentType.COMPANY_PROOF);
		}
		return List.copyOf(required);
	}

	/** What of the required papers has not been handed in. */
	static List<DocumentType> missing(ApplicantKind kind, Collection<DocumentType> present) {
		return required(kind).stream().filter(t -> !present.contains(t)).toList();
	}

}
