package com.guanjia.workorders.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.guanjia.workorders.IntakeWithPhotos;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderKind;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The intake form; {@code requestKey} is a one-time token so a double submit takes in one
 * order; photos come with it (R3.1).
 */
public class IntakeForm {

	private @Nullable WorkOrderKind kind = WorkOrderKind.IN_UNIT_REPAIR;

	private @Nullable Long unitId;

	private @Nullable String unitLabel;

	private @Nullable String location;

	private @Nullable Long reporterPartyId;

	private @Nullable String reporterName;

	private @Nullable String reporterPhone;

	private @Nullable String description;

	private @Nullable String convenientTime;

	private boolean immediate;

	private @Nullable String category;

	private @Nullable Severity severity;

	private @Nullable String complainedParty;

	private @Nullable String residentWants;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate residentDeadline;

	private @Nullable Long sourceRecordId;

	private String requestKey = UUID.randomUUID().toString();

	private List<MultipartFile> photos = new ArrayList<>();

	OpenWorkOrder toCommand() {
		return OpenWorkOrder.of(kind)
			.unit(unitId)
			.location(location)
			.reporter(reporterPartyId, reporterName, reporterPhone)
			.description(description)
			.convenientTime(convenientTime)
			.immediate(immediate)
			.category(category)
			.complaint(severity, complainedParty, residentWants, residentDeadline)
			.sourceRecord(sourceRecordId)
			.requestKey(requestKey)
			.build();
	}

	/** The chosen photos; an empty file field sends one empty part, which is no photo. */
	List<IntakeWithPhotos.Photo> photos() {
		List<IntakeWithPhotos.Photo> result = new ArrayList<>();
		for (MultipartFile f : photos) {
			String name = f.getOriginalFilename();
			if (f.isEmpty() && (name == null || name.isBlank())) {
				continue;
			}
			try {
				result.add(new IntakeWithPhotos.Photo(name == null || name.isBlank() ? "photo" : name,
						f.getContentType() == null ? "" : f.getContentType(), f.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return result;
	}

	public List<MultipartFile> getPhotos() {
		return photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

	public @Nullable WorkOrderKind getKind() {
		return kind;
	}

	public void setKind(@Nullable WorkOrderKind kind) {
		this.kind = kind;
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

	public @Nullable String getLocation() {
		return location;
	}

	public void setLocation(@Nullable String location) {
		this.location = location;
	}

	public @Nullable Long getReporterPartyId() {
		return reporterPartyId;
	}

	public void setReporterPartyId(@Nullable Long reporterPartyId) {
		this.reporterPartyId = reporterPartyId;
	}

	public @Nullable String getReporterName() {
		return reporterName;
	}

	public void setReporterName(@Nullable String reporterName) {
		this.reporterName = reporterName;
	}

	public @Nullable String getReporterPhone() {
		return reporterPhone;
	}

	public void setReporterPhone(@Nullable String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getConvenientTime() {
		return convenientTime;
	}

	public void setConvenientTime(@Nullable String convenientTime) {
		this.convenientTime = convenientTime;
	}

	public boolean isImmediate() {
		return immediate;
	}

	public void setImmediate(boolean immediate) {
		this.immediate = immediate;
	}

	public @Nullable String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category;
	}

	public @Nullable Severity getSeverity() {
		return severity;
	}

	public void setSeverity(@Nullable Severity severity) {
		this.severity = severity;
	}

	public @Nullable String getComplainedParty() {
		return complainedParty;
	}

	public void setComplainedParty(@Nullable String complainedParty) {
		this.complainedParty = complainedParty;
	}

	public @Nullable String getResidentWants() {
		return residentWants;
	}

	public void setResidentWants(@Nullable String residentWants) {
		this.residentWants = residentWants;
	}

	public @Nullable LocalDate getResidentDeadline() {
		return residentDeadline;
	}

	public void setResidentDeadline(@Nullable LocalDate residentDeadline) {
		this.residentDeadline = residentDeadline;
	}

	public @Nullable Long getSourceRecordId() {
		return sourceRecordId;
	}

	public void setSourceRecordId(@Nullable Long sourceRecordId) {
		this.sourceRecordId = sourceRecordId;
	}

	public String getRequestKey() {
		return requestKey;
	}

	public void setRequestKey(String requestKey) {
		this.requestKey = requestKey;
	}

}
