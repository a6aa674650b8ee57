package com.guanjia.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A department of a community (工程部, 保洁部…), its head ({@code leadStaffId}, 部长 — the one
 * lead {@code PUT /api/departments/{id}/lead} names) and its shift leads
 * ({@code shiftLeadStaffIds}, 班长). Both head and shift leads lead the department (R3.6:
 * "由工程部長或班長分配工作任務，簽發《派工單》").
 */
@NamedInterface("api")
public record DepartmentView(long id, long communityId, String code, String name, @Nullable Long leadStaffId,
		List<Long> shiftLeadStaffIds) {

	public DepartmentView {
		shiftLeadStaffIds = List.copyOf(shiftLeadStaffIds);
	}

	/** The head first, then the shift leads, each once. */
	public List<Long> leads() {
		Set<Long> all = new LinkedHashSet<>();
		if (leadStaffId != null) {
			all.add(leadStaffId);
		}
		all.addAll(shiftLeadStaffIds);
		return List.copyOf(all);
	}

	/** Whether the staff member is the head or a shift lead of the department. */
	public boolean isLead(long staffId) {
		return leads().contains(staffId);
	}

}
