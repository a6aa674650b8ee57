package com.guanjia.renovation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.renovation.ApplicantKind;
import com.guanjia.renovation.ApplyRenovation;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The application form (R9.1): what the agent typed, shown again after a mistake. Workers
 * are typed one per line: name, ID number, phone.
 */
public class ApplyForm {

	private @Nullable Long unitId;

	private @Nullable String unitLabel;

	private ApplicantKind applicantKind = ApplicantKind.OWNER;

	private @Nullable Long ownerPartyId;

	private @Nullable String applicantPhone;

	private @Nullable String proxyName;

	private @Nullable String proxyIdCard;

	private @Nullable String works;

	private boolean structural;

	private @Nullable String contractorName;

	private @Nullable String contractorLeader;

	private @Nullable String contractorPhone;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate plannedStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate plannedEnd;

	private @Nullable String workers;

	private @Nullable String requestKey;

	ApplyRenovation toCommand() {
		return new ApplyRenovation(unitId, applicantKind, ownerPartyId, applicantPhone, proxyName, proxyIdCard, works,
				structural, contractorName, contractorLeader, contractorPhone, plannedStart, plannedEnd,
				workerLines(workers), requestKey);
	}

	/** "张三 110101199003074514 13800001234" per line; commas or spaces between. */
	static List<ApplyRenovation.NewWorker> workerLines(@Nullable String text) {
		List<ApplyRenovation.NewWorker> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		for (String line : text.split("\\R")) {
			String[] parts = line.strip().split("[\\s,，]+");
			if (parts.length == 0 || parts[0].isBlank()) {
				continue;
			}
			found.add(new ApplyRenovation.NewWorker(parts[0], parts.length > 1 ? parts[1] : null,
					parts.length > 2 ? parts[2] : null));
		}
		return found;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable String getUnitLabel() {
		return unitLabel;
	}

	public void setUnitLabel(@Nullable String unitLabel) {
		this.unitLabel = unitLabel;
	}

	public ApplicantKind getApplicantKind() {
		return applicantKind;
	}

	public void setApplicantKind(@Nullable ApplicantKind applicantKind) {
		this.applicantKind = applicantKind == null ? ApplicantKind.OWNER : applicantKind;
	}

	public @Nullable Long getOwnerPartyId() {
		return ownerPartyId;
	}

	public void setOwnerPartyId(@Nullable Long ownerPartyId) {
		this.ownerPartyId = ownerPartyId;
	}

	public @Nullable String getApplicantPhone() {
		return applicantPhone;
	}

	public void setApplicantPhone(@Nullable String applicantPhone) {
		this.applicantPhone = applicantPhone;
	}

	public @Nullable String getProxyName() {
		return proxyName;
	}

	public void setProxyName(@Nullable String proxyName) {
		this.proxyName = proxyName;
	}

	public @Nullable String getProxyIdCard() {
		return proxyIdCard;
	}

	public void setProxyIdCard(@Nullable String proxyIdCard) {
		this.proxyIdCard = proxyIdCard;
	}

	public @Nullable String getWorks() {
		return works;
	}

	public void setWorks(@Nullable String works) {
		this.works = works;
	}

	public boolean isStructural() {
		return structural;
	}

	public void setStructural(boolean structural) {
		this.structural = structural;
	}

	public @Nullable String getContractorName() {
		return contractorName;
	}

	public void setContractorName(@Nullable String contractorName) {
		this.contractorName = contractorName;
	}

	public @Nullable String getContractorLeader() {
		return contractorLeader;
	}

	public void setContractorLeader(@Nullable String contractorLeader) {
		this.contractorLeader = contractorLeader;
	}

	public @Nullable String getContractorPhone() {
		return contractorPhone;
	}

	public void setContractorPhone(@Nullable String contractorPhone) {
		this.contractorPhone = contractorPhone;
	}

	public @Nullable LocalDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(@Nullable LocalDate plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public @Nullable String getWorkers() {
		return workers;
	}

	public void setWorkers(@Nullable String workers) {
		this.workers = workers;
	}

	public @Nullable String getRequestKey() {
		return requestKey;
	}

	public void setRequestKey(@Nullable String requestKey) {
		this.requestKey = requestKey;
	}

}
