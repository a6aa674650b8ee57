package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.guanjia.archive.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * R8.5: what the archive must hold, written out by hand per applicant kind and custody.
 */
class ArchiveRequirementsTests {

	@Test
	void afterAProxysMoveInWithCustody() {
		assertThat(ArchiveRequirements.required(ApplicantKind.PROXY, true)).containsExactly(DocumentType.ID_COPY,
				DocumentType.MOVE_IN_NOTICE, DocumentType.PURCHASE_CONTRACT, DocumentType.AUTHORIZATION,
				DocumentType.PROXY_ID_COPY, DocumentType.REGISTRATION_FORM, DocumentType.AGREEMENT,
				DocumentType.KEY_RECEIPT, DocumentType.ACCEPTANCE_SHEET, DocumentType.SIGNATURE,
				DocumentType.CUSTODY_AGREEMENT);
	}

	@Test
	void afterACompanysMoveIn() {
		assertThat(ArchiveRequirements.required(ApplicantKind.COMPANY, false)).contains(DocumentType.COMPANY_PROOF)
			.doesNotContain(DocumentType.AUTHORIZATION, DocumentType.CUSTODY_AGREEMENT);
	}

	@Test
	void ownersWithoutAMoveInNeedTheirIdAndContract() {
		assertThat(ArchiveRequirements.required(null, false)).containsExactly(DocumentType.ID_COPY,
				DocumentType.PURCHASE_CONTRACT);
		assertThat(ArchiveRequirements.missing(ArchiveRequirements.required(null, true),
				List.of(DocumentType.ID_COPY, DocumentType.OTHER)))
			.containsExactly(DocumentType.PURCHASE_CONTRACT, DocumentType.CUSTODY_AGREEMENT);
	}

}
