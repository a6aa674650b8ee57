package com.guanjia.inspections;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A cleaning, greening or other contractor of a community, with its contracts. */
@NamedInterface("api")
public record ContractorView(long id, long communityId, String name, Trade trade, @Nullable String contactName,
		@Nullable String phone, boolean active, List<ContractView> contracts) {

	public ContractorId contractorId() {
		return ContractorId.of(communityId, id);
	}

}
