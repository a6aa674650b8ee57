package com.guanjia.estate;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What happened in the estate registry, published as persisted domain events. */
public final class EstateEvents {

	private EstateEvents() {
	}

	@NamedInterface("api")
	public record CommunityCreated(long communityId, String name) {
	}

	@NamedInterface("api")
	public record UnitRegistered(long communityId, long unitId, String label) {
	}

	@NamedInterface("api")
	public record UnitStateChanged(long communityId, long unitId, String label, UnitState from, UnitState to) {
	}

	@NamedInterface("api")
	public record UnitHandedOver(long communityId, long unitId, String label, @Nullable LocalDate previous,
			LocalDate handoverDate) {
	}

	/** A unit taken out of service (decision 0014): its log says when and why. */
	@NamedInterface("api")
	public record UnitRetired(long communityId, long unitId, String label, LocalDate retiredOn, String reason) {
	}

	/** A retired unit back in service (decision 0014). */
	@NamedInterface("api")
	public record UnitReinstated(long communityId, long unitId, String label, LocalDate on) {
	}

	/** A batch of units registered from a spreadsheet (one event, not one per row). */
	public record UnitsImported(long communityId, int units, int buildings) {
	}

}
