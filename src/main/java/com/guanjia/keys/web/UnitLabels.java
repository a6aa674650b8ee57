package com.guanjia.keys.web;

import java.util.List;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The unit a page's form names by its label ("3-2-1502"), as the desk types it. */
@Component
class UnitLabels {

	private final UnitManagement units;

	UnitLabels(UnitManagement units) {
		this.units = units;
	}

	@Nullable Long id(long communityId, @Nullable String label, String field) {
		if (label == null || label.isBlank()) {
			return null;
		}
		return units.search(List.of(communityId), label.strip(), 5)
			.stream()
			.filter(u -> u.label().equalsIgnoreCase(label.strip()))
			.map(UnitView::id)
			.findFirst()
			.orElseThrow(() -> ValidationException.of(field, "validation.unit.unknown"));
	}

}
