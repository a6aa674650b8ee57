package com.guanjia.movein;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.guanjia.archive.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * What the owners' section of a unit's archive must hold (R1.4, R8.5; seed 002 "⑦资料存档：
 * 将入伙通知书、业主身份证复印件、委托书、单位证明、住户登记表、签订的协议等资料存档"; seed 003 "每季度对业户档案…检查是否有缺项"). After a
 * move-in: the papers of its applicant kind, the registration form, the agreements, the
 * key receipt, the acceptance sheet with the owner's signature — and the custody
 * agreement when the unit went into custody. Owners who never had a move-in here
 * (registered before the system, or after a transfer) still need their ID copy and the
 * contract.
 */
final class ArchiveRequirements {

	private ArchiveRequirements() {
	}

	/**
	 * The documents required; {@code moveIn} is the applicant kind of the owners'
	 * completed move-in case, null when they had none.
	 */
	static List<DocumentType> required(@Nullable ApplicantKind moveIn, boolean custody) {
		List<DocumentType> required = new ArrayList<>();
		if (moveIn == null) {
			required.addAll(List.of(DocumentType.ID_COPY, DocumentType.PURCHASE_CONTRACT));
		}
		else {
			required.addAll(DocumentRequirements.required(moveIn));
			required.addAll(List.of(DocumentType.REGISTRATION_FORM, DocumentType.AGREEMENT, DocumentType.KEY_RECEIPT,
					DocumentType.ACCEPTANCE_SHEET, DocumentType.SIGNATURE));
		}
		if (custody) {
			required.add(DocumentType.CUSTODY_AGREEMENT);
		}
		return List.copyOf(required);
	}

	static List<DocumentType> missing(List<DocumentType> required, Collection<DocumentType> present) {
		return required.stream().filter(t -> !present.contains(t)).toList();
	}

}
