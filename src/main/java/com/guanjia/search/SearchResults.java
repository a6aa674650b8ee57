package com.guanjia.search;

import java.util.List;

import com.guanjia.estate.UnitView;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.VehicleView;

/**
 * What a search found, by kind. {@code tooShort} when the query had fewer than
 * {@link QuickSearch#MIN_LENGTH} characters (nothing was searched).
 */
public record SearchResults(String query, List<UnitView> units, List<ResidentSummary> residents,
		List<VehicleView> vehicles, boolean tooShort) {

	public boolean empty() {
		return units.isEmpty() && residents.isEmpty() && vehicles.isEmpty();
	}

	public int total() {
		return units.size() + residents.size() + vehicles.size();
	}

}
