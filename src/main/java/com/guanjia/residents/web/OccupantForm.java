package com.guanjia.residents.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.residents.HouseholdMemberCommand;
import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.TenantCommand;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that ties a party to a unit as owner, tenant or household member: an existing
 * resident picked by search ({@code partyId}) or a new one typed in ({@code party}).
 */
public class OccupantForm {

	private @Nullable Long partyId;

	private PartyForm party = new PartyForm();

	private @Nullable BigDecimal share;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate since;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	private @Nullable HouseholdRelation relation;

	private @Nullable PartyCommand newParty() {
		return partyId == null ? party.toCommand() : null;
	}

	OwnerCommand toOwner(long unitId) {
		return new OwnerCommand(unitId, partyId, newParty(), share, since);
	}

	TenantCommand toTenant(long unitId) {
		return new TenantCommand(unitId, partyId, newParty(), startsOn, endsOn);
	}

	HouseholdMemberCommand toMember(long unitId) {
		return new HouseholdMemberCommand(unitId, partyId, newParty(), relation, since);
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

	public @Nullable LocalDate getSince() {
		return since;
	}

	public void setSince(@Nullable LocalDate since) {
		this.since = since;
	}

	public @Nullable LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable HouseholdRelation getRelation() {
		return relation;
	}

	public void setRelation(@Nullable HouseholdRelation relation) {
		this.relation = relation;
	}

}
