package com.guanjia.residents.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.residents.TransferCommand;
import com.guanjia.residents.TransferReason;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ownership-transfer form: date, reason, contract and up to two new owners (the
 * second optional).
 */
public class TransferForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	private @Nullable TransferReason reason = TransferReason.SALE;

	private @Nullable String contractNo;

	private @Nullable String note;

	private List<NewOwnerForm> newOwners = new ArrayList<>(List.of(new NewOwnerForm(), new NewOwnerForm()));

	/** One new owner: an existing resident or a new one, and an optional share. */
	public static class NewOwnerForm {

		private @Nullable Long partyId;

		private PartyForm party = new PartyForm();

		private @Nullable BigDecimal share;

		boolean isEmpty() {
			return partyId == null && party.isEmpty() && share == null;
		}

		TransferCommand.NewOwner toCommand() {
			return new TransferCommand.NewOwner(partyId, partyId == null ? party.toCommand() : null, share);
		}

		public @Nullable Long getPartyId() {
			return partyId;
		}

		public void setPartyId(@Nullable Long partyId) {
			this.partyId = partyId;
		}

		public PartyForm getParty() {
			return party;
		}

		public void setParty(PartyForm party) {
			this.party = party;
		}

		public @Nullable BigDecimal getShare() {
			return share;
		}

		public void setShare(@Nullable BigDecimal share) {
			this.share = share;
		}

	}

	/**
	 * The first owner always counts (so error paths match the form); the second only when
	 * filled in.
	 */
	TransferCommand toCommand(long unitId) {
		List<TransferCommand.NewOwner> owners = new ArrayList<>();
		for (int i = 0; i < newOwners.size(); i++) {
			if (i == 0 || !newOwners.get(i).isEmpty()) {
				owners.add(newOwners.get(i).toCommand());
			}
		}
		return new TransferCommand(unitId, date, reason, contractNo, note, owners);
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable TransferReason getReason() {
		return reason;
	}

	public void setReason(@Nullable TransferReason reason) {
		this.reason = reason;
	}

	public @Nullable String getContractNo() {
		return contractNo;
	}

	public void setContractNo(@Nullable String contractNo) {
		this.contractNo = contractNo;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public List<NewOwnerForm> getNewOwners() {
		return newOwners;
	}

	public void setNewOwners(List<NewOwnerForm> newOwners) {
		this.newOwners = newOwners;
	}

}
