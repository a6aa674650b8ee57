package com.guanjia.platform.security;

import static com.guanjia.platform.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** The staff roles of a customer-service centre and what each may do. */
public enum Role {

	ADMIN(EnumSet.allOf(Permission.class)),
	/** 经理: the centre manager. */
	MANAGER(EnumSet.of(ESTATE_READ, ESTATE_WRITE, PEOPLE_READ, PEOPLE_WRITE, PERSONAL_ID_VIEW, PHONE_VIEW,
			ESTATE_IMPORT, AUDIT_READ, ARCHIVE_WRITE, FEE_READ, FEE_ADMIN, METER_READING, CASHIER_APPROVE, ARREARS_WORK,
			ARREARS_LEGAL, DESK_WRITE, WORKORDER_READ, WORKORDER_WRITE, WORKORDER_SUPERVISE, RETURN_VISIT,
			DEADLINE_ADMIN, DEPARTMENT_ADMIN, INSPECTION_READ, INSPECTION_PATROL, INSPECTION_SUPERVISE, INSPECTION_SIGN,
			MESSAGE_OUTBOX, MOVEIN_WRITE, ACCEPTANCE_RECORD, KEYS_WRITE, MAIL_WRITE, RENOVATION_READ, RENOVATION_WRITE,
			RENOVATION_APPROVE, RENOVATION_ACCEPT, GATE_CHECK, GOODS_RELEASE, CARPARK_CARDS, CARPARK_ADMIN,
			CARPARK_REPORT)),
	/** 主管: the service-centre supervisor. */
	SUPERVISOR(EnumSet.of(ESTATE_READ, ESTATE_WRITE, PEOPLE_READ, PEOPLE_WRITE, PERSONAL_ID_VIEW, PHONE_VIEW,
			AUDIT_READ, ARCHIVE_WRITE, FEE_READ, METER_READING, CASHIER_APPROVE, ARREARS_WORK, DESK_WRITE,
			WORKORDER_READ, WORKORDER_WRITE, WORKORDER_SUPERVISE, RETURN_VISIT, INSPECTION_READ, INSPECTION_PATROL,
			INSPECTION_SUPERVISE, MESSAGE_OUTBOX, MOVEIN_WRITE, ACCEPTANCE_RECORD, KEYS_WRITE, MAIL_WRITE,
			RENOVATION_READ, RENOVATION_WRITE, RENOVATION_APPROVE, RENOVATION_ACCEPT, GATE_CHECK, GOODS_RELEASE,
			CARPARK_CARDS, CARPARK_REPORT)),
	/** 客服: the front-desk agent, who registers residents and checks their documents. */
	AGENT(EnumSet.of(ESTATE_READ, PEOPLE_READ, PEOPLE_WRITE, PERSONAL_ID_VIEW, PHONE_VIEW, ARCHIVE_WRITE, DESK_WRITE,
			WORKORDER_READ, WORKORDER_WRITE, RETURN_VISIT, MOVEIN_WRITE, ACCEPTANCE_RECORD, KEYS_WRITE, MAIL_WRITE,
			RENOVATION_READ, RENOVATION_WRITE, GOODS_RELEASE, CARPARK_CARDS)),
	/** 管家/物业助理: the butler in the field; calls residents but needs no ID numbers. */
	BUTLER(EnumSet.of(ESTATE_READ, PEOPLE_READ, PHONE_VIEW, ARCHIVE_WRITE, FEE_READ, ARREARS_WORK, DESK_WRITE,
			WORKORDER_READ, WORKORDER_WRITE, RETURN_VISIT, INSPECTION_READ, INSPECTION_PATROL, MOVEIN_WRITE,
			ACCEPTANCE_RECORD, KEYS_WRITE, MAIL_WRITE, RENOVATION_READ, RENOVATION_WRITE, GOODS_RELEASE)),
	/**
	 * 技工: the technician; calls the resident to book a repair. No PEOPLE_READ: the
	 * resident's phone is seen only on an order dispatched to them (PHONE_VIEW there,
	 * decision of issue 10), not in the resident registry.
	 */
	TECHNICIAN(EnumSet.of(ESTATE_READ, PHONE_VIEW, METER_READING, WORKORDER_READ, WORKORDER_WORK, ACCEPTANCE_RECORD,
			RENOVATION_READ, RENOVATION_ACCEPT)),
	/** 收银员: the cashier; sees who pays, not their personal data. */
	CASHIER(EnumSet.of(ESTATE_READ, PEOPLE_READ, FEE_READ, CASHIER_TAKE, CASHIER_FEE, WORKORDER_READ, CARPARK_CARDS)),
	/**
	 * 财务/会计: finance; sets charge standards, runs billing, confirms the cashiers' daily
	 * close.
	 */
	FINANCE(EnumSet.of(ESTATE_READ, PEOPLE_READ, FEE_READ, FEE_ADMIN, METER_READING, CASHIER_APPROVE, FINANCE_CONFIRM,
			ARREARS_WORK, INSPECTION_READ, RENOVATION_READ, CARPARK_REPORT)),
	/**
	 * 门岗/车场值班员: the gate and car-park guard (seed 001 "车辆进入、放行工作细则"): entries, exits,
	 * fees, holds, the shift log; goods leaving the gate.
	 */
	GUARD(EnumSet.of(ESTATE_READ, PEOPLE_READ, CASHIER_FEE, GATE_CHECK, CARPARK_GATE)),
	/**
	 * 保安班长: the guards' shift lead (seed 001 item 8 "报告主任或班长"): a guard who also releases
	 * held vehicles after checking the owner's documents and staffs the peak hours from
	 * the reports (item 10). A role, not the security department's lead: every shift has
	 * its own 班长, the department one 主任, who signs the shift log.
	 */
	SHIFT_LEAD(EnumSet.of(ESTATE_READ, PEOPLE_READ, CASHIER_FEE, GATE_CHECK, CARPARK_GATE, CARPARK_RELEASE,
			CARPARK_REPORT));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	/** The message-bundle key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
