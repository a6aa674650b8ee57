package com.guanjia.estate;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What happened in the estate registry, published as persisted domain events. */
public final class EstateEvents {

	private EstateEvents() {
	}

	public record CommunityCreated(long communityId, String name) {
	}

	public record UnitRegistered(long communityId, long unitId, String label) {
	}

	public record UnitStateChanged(long communityId, long unitId, String label, UnitState from, UnitState to) {
	}

	public record UnitHandedOver(long communityId, long unitId, String label, @Nullable LocalDate previous,
			LocalDate handoverDate) {
	}

	/** A unit taken out of service (decision 0014): its log says when and why. */
	public record UnitRetired(long communityId, long unitId, String label, LocalDate retiredOn, String reason) {
	}

	/** A retired unit back in service (decision 0014). */
	public record UnitReinstated(long communityId, long unitId, String label, LocalDate on) {
	}

	/** A batch of units registered from a spreadsheet (one event, not one per row). */
	public record UnitsImported(long communityId, int units, int buildings) {
	}

}
