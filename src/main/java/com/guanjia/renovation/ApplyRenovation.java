package com.guanjia.renovation;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * An application for a renovation at the service centre (R9.1): the unit, the owner who
 * applies or authorises a proxy (the proxy's name and ID number), a phone, the works to
 * be done, whether it changes the main structure or clearly adds load (R9.2), the
 * contractor and its workers, the planned period. The request key makes a double submit
 * apply once.
 */
@NamedInterface("api")
public record ApplyRenovation(@Nullable Long unitId, @Nullable ApplicantKind applicantKind, @Nullable Long ownerPartyId,
		@Nullable String applicantPhone, @Nullable String proxyName, @Nullable String proxyIdCard,
		@Nullable String works, boolean structural, @Nullable String contractorName, @Nullable String contractorLeader,
		@Nullable String contractorPhone, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
		@Nullable List<NewWorker> workers, @Nullable String requestKey) {

	/** A worker of the contractor: name, ID number, phone. */
	@NamedInterface("api")
	public record NewWorker(@Nullable String name, @Nullable String idCard, @Nullable String phone) {

		void validate(Problems p, String prefix) {
			p.text(prefix + "name", name, 50);
			if (idCard == null || idCard.isBlank()) {
				p.add(prefix + "idCard", "validation.required");
			}
			else {
				String problem = IdCardNumber.problemWith(idCard.strip().toUpperCase(java.util.Locale.ROOT));
				p.check(problem == null, prefix + "idCard", problem == null ? "validation.invalid" : problem);
			}
			ApplyRenovation.phone(p, prefix + "phone", phone);
		}

	}

	void validate(Problems p, LocalDate today) {
		p.required("unitId", unitId);
		p.required("applicantKind", applicantKind);
		p.required("ownerPartyId", ownerPartyId);
		phone(p, "applicantPhone", applicantPhone);
		if (applicantKind == ApplicantKind.PROXY) {
			p.text("proxyName", proxyName, 50);
			if (proxyIdCard == null || proxyIdCard.isBlank()) {
				p.add("proxyIdCard", "validation.required");
			}
			else {
				String problem = IdCardNumber.problemWith(proxyIdCard.strip().toUpperCase(java.util.Locale.ROOT));
				p.check(problem == null, "proxyIdCard", problem == null ? "validation.invalid" : problem);
			}
		}
		p.text("works", works, 1000);
		p.text("contractorName", contractorName, 100);
		p.optionalText("contractorLeader", contractorLeader, 50);
		phone(p, "contractorPhone", contractorPhone);
		p.required("plannedStart", plannedStart);
		p.required("plannedEnd", plannedEnd);
		p.check(plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart), "plannedEnd",
				"validation.date.order");
		p.check(plannedEnd == null || !plannedEnd.isBefore(today), "plannedEnd", "validation.date.past");
		p.optionalText("requestKey", requestKey, 64);
		List<NewWorker> all = workers == null ? List.of() : workers;
		p.check(all.size() <= 50, "workers", "renovation.workers.tooMany", 50);
		for (int i = 0; i < Math.min(all.size(), 50); i++) {
			NewWorker worker = all.get(i);
			if (worker == null) {
				// [null] in the list (issue 9 item 16)
				p.add("workers[" + i + "]", "validation.required");
			}
			else {
				worker.validate(p, "workers[" + i + "].");
			}
		}
	}

	static void phone(Problems p, String field, @Nullable String phone) {
		if (phone != null && !phone.isBlank()) {
			p.check(PhoneNumber.normalize(phone) != null, field, "validation.phone.format");
		}
	}

}
