package com.guanjia.movein;

import java.util.List;
import java.util.Map;

import com.guanjia.access.StaffManagement;

import org.springframework.stereotype.Component;

/**
 * Staff appear by name in the histories (issue 10 item 19): the lines' usernames are
 * looked up in one query per list; the system's own steps have no name, an unknown
 * username stays as it is.
 */
@Component
class StaffNames {

	static final String SYSTEM = "system";

	private final StaffManagement staff;

	StaffNames(StaffManagement staff) {
		this.staff = staff;
	}

	List<MoveInHistoryLine> named(List<MoveInHistoryLine> lines) {
		Map<String, String> names = staff
			.displayNamesOf(lines.stream().map(MoveInHistoryLine::actor).filter(a -> !SYSTEM.equals(a)).toList());
		return lines.stream()
			.map(l -> l.named(SYSTEM.equals(l.actor()) ? null : names.getOrDefault(l.actor(), l.actor())))
			.toList();
	}

}
