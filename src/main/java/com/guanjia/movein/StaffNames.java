package com.guanjia.movein;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.access.StaffManagement;

import org.springframework.stereotype.Component;

/**
 * Staff appear by name in the histories (issue 10 item 19): each line's username is
 * looked up once per list; the system's own steps have no name, an unknown username stays
 * as it is.
 */
@Component
class StaffNames {

	static final String SYSTEM = "system";

	private final StaffManagement staff;

	StaffNames(StaffManagement staff) {
		this.staff = staff;
	}

	List<MoveInHistoryLine> named(List<MoveInHistoryLine> lines) {
		Map<String, Optional<String>> names = new HashMap<>();
		return lines.stream()
			.map(l -> l.named(SYSTEM.equals(l.actor()) ? null
					: names.computeIfAbsent(l.actor(), staff::displayNameOf).orElse(l.actor())))
			.toList();
	}

}
