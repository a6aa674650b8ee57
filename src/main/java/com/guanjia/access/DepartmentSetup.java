package com.guanjia.access;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.guanjia.estate.EstateEvents.CommunityCreated;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new community its standard departments. It listens synchronously, inside
 * the transaction that creates the community, so a community never exists without its
 * departments (staff are assigned to them right after).
 */
@Component
class DepartmentSetup {

	private final StaffManagement staff;

	private final MessageSource messages;

	DepartmentSetup(StaffManagement staff, MessageSource messages) {
		this.staff = staff;
		this.messages = messages;
	}

	@EventListener
	void on(CommunityCreated event) {
		Map<DepartmentKind, String> names = new EnumMap<>(DepartmentKind.class);
		for (DepartmentKind kind : DepartmentKind.values()) {
			names.put(kind, messages.getMessage(kind.messageKey(), null, kind.name(), Locale.SIMPLIFIED_CHINESE));
		}
		staff.createDefaultDepartments(event.communityId(), names);
	}

}
