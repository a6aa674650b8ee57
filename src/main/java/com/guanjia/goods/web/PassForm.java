package com.guanjia.goods.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.goods.ConsentMethod;
import com.guanjia.goods.GoodsItem;
import com.guanjia.goods.RequestPass;
import com.guanjia.goods.RequestPass.GiveConsent;
import com.guanjia.goods.RequesterKind;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The desk's form for a goods release pass: the unit (chosen in the first step), who
 * asks, up to {@value #LINES} lines of goods, the plate, the valid time (the browser's
 * {@code datetime-local} text), and the owner's consent when it is already given.
 */
public class PassForm {

	static final int LINES = 6;

	private @Nullable Long unitId;

	private @Nullable RequesterKind requesterKind = RequesterKind.TENANT;

	private @Nullable Long requesterPartyId;

	private @Nullable String requesterIdCard;

	private @Nullable String requesterName;

	private String[] descriptions = new String[LINES];

	private @Nullable Integer[] quantities = new Integer[LINES];

	private @Nullable String plate;

	private @Nullable String validFrom;

	private @Nullable String validUntil;

	private @Nullable ConsentMethod consentMethod;

	private @Nullable Long ownerPartyId;

	private @Nullable String consentAt;

	private @Nullable String consentNote;

	/** The command; a time the browser did not send as a date and time is a 400 on it. */
	RequestPass toCommand() {
		Problems p = new Problems();
		LocalDateTime from = time(p, "validFrom", validFrom);
		LocalDateTime until = time(p, "validUntil", validUntil);
		LocalDateTime at = time(p, "consentAt", consentAt);
		p.throwIfAny();
		List<GoodsItem> goods = new ArrayList<>();
		for (int i = 0; i < LINES; i++) {
			String d = i < descriptions.length ? descriptions[i] : null;
			Integer q = i < quantities.length ? quantities[i] : null;
			if ((d != null && !d.isBlank()) || q != null) {
				goods.add(new GoodsItem(d == null ? "" : d, q == null ? 0 : q));
			}
		}
		GiveConsent consent = consentMethod == null ? null
				: new GiveConsent(consentMethod, ownerPartyId, at, consentNote);
		return new RequestPass(unitId, requesterKind, requesterKind == RequesterKind.OWNER ? requesterPartyId : null,
				requesterKind == RequesterKind.TENANT ? requesterIdCard : null,
				requesterKind == RequesterKind.OTHER ? requesterName : null, goods, plate, from, until, consent);
	}

	static @Nullable LocalDateTime time(Problems p, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			p.add(field, "validation.format");
			return null;
		}
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable RequesterKind getRequesterKind() {
		return requesterKind;
	}

	public void setRequesterKind(@Nullable RequesterKind requesterKind) {
		this.requesterKind = requesterKind;
	}

	public @Nullable Long getRequesterPartyId() {
		return requesterPartyId;
	}

	public void setRequesterPartyId(@Nullable Long requesterPartyId) {
		this.requesterPartyId = requesterPartyId;
	}

	public @Nullable String getRequesterIdCard() {
		return requesterIdCard;
	}

	public void setRequesterIdCard(@Nullable String requesterIdCard) {
		this.requesterIdCard = requesterIdCard;
	}

	public @Nullable String getRequesterName() {
		return requesterName;
	}

	public void setRequesterName(@Nullable String requesterName) {
		this.requesterName = requesterName;
	}

	public String[] getDescriptions() {
		return descriptions;
	}

	public void setDescriptions(String[] descriptions) {
		this.descriptions = descriptions;
	}

	public @Nullable Integer[] getQuantities() {
		return quantities;
	}

	public void setQuantities(@Nullable Integer[] quantities) {
		this.quantities = quantities;
	}

	public @Nullable String getPlate() {
		return plate;
	}

	public void setPlate(@Nullable String plate) {
		this.plate = plate;
	}

	public @Nullable String getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable String validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(@Nullable String validUntil) {
		this.validUntil = validUntil;
	}

	public @Nullable ConsentMethod getConsentMethod() {
		return consentMethod;
	}

	public void setConsentMethod(@Nullable ConsentMethod consentMethod) {
		this.consentMethod = consentMethod;
	}

	public @Nullable Long getOwnerPartyId() {
		return ownerPartyId;
	}

	public void setOwnerPartyId(@Nullable Long ownerPartyId) {
		this.ownerPartyId = ownerPartyId;
	}

	public @Nullable String getConsentAt() {
		return consentAt;
	}

	public void setConsentAt(@Nullable String consentAt) {
		this.consentAt = consentAt;
	}

	public @Nullable String getConsentNote() {
		return consentNote;
	}

	public void setConsentNote(@Nullable String consentNote) {
		this.consentNote = consentNote;
	}

}
