package com.guanjia.platform.security;

/**
 * What a role may do. Granted as Spring Security authorities and checked on the server
 * for every read and write (method security and {@link CommunityScope}).
 */
public enum Permission {

	/** Read the estate registry: communities, buildings, units, parking spaces. */
	ESTATE_READ,
	/** Create and change buildings, units and parking spaces. */
	ESTATE_WRITE,
	/** Create communities (项目). */
	COMMUNITY_ADMIN,
	/** Read owners, tenants and household members (personal data masked unless below). */
	PEOPLE_READ,
	/** Register residents and record ownership transfers. */
	PEOPLE_WRITE,
	/** See whole ID-card numbers (R1.3). */
	PERSONAL_ID_VIEW,
	/** See whole phone numbers of residents (R1.3). */
	PHONE_VIEW,
	/** Import the estate from spreadsheets. */
	ESTATE_IMPORT,
	/** Read the audit log of their communities. */
	AUDIT_READ,
	/** Manage staff accounts, roles and community assignments. */
	STAFF_ADMIN,
	/** Add entries to a unit's events log and archive. */
	ARCHIVE_WRITE,
	/** See bills, ledgers, notices and fee reports (fee data is confidential, R6.8). */
	FEE_READ,
	/**
	 * Set charge standards and billing settings, run billing, request reversals
	 * (R6.1–R6.4).
	 */
	FEE_ADMIN,
	/** Enter, import and re-check meter readings (R7). */
	METER_READING,
	/**
	 * Take payments and deposits, issue receipts, close the cashier's day (R6.3, R6.6).
	 */
	CASHIER_TAKE,
	/**
	 * Approve a receipt void, a deposit refund or a large reversal as the second person
	 * (R6.4, R6.5).
	 */
	CASHIER_APPROVE,
	/**
	 * Take a fee that is not on a unit's bill (a car park's duration fee, a parking card)
	 * and issue its gap-free receipt (R6.3, R12.1; issue 14).
	 */
	CASHIER_FEE,
	/** Finance confirms the cashier's daily close (R6.6). */
	FINANCE_CONFIRM,
	/** Record dunning steps for units in arrears (R6.7). */
	ARREARS_WORK,
	/**
	 * Decide legal steps against a persistent non-payer, with the reason (R6.7, seed 002
	 * "长期无端拒缴、性质特别恶劣的业主，可通过法律渠道处理"): the centre manager's decision.
	 */
	ARREARS_LEGAL,
	/** Record visits and calls at the front desk and follow them up (R2). */
	DESK_WRITE,
	/** See work orders of their communities (R3, R4). */
	WORKORDER_READ,
	/** Take in, dispatch, reassign, hold, cancel and close work orders (R3.1, R3.2). */
	WORKORDER_WRITE,
	/**
	 * Work an order dispatched to oneself: accept, arrive, charge, complete (R3.2–R3.4).
	 */
	WORKORDER_WORK,
	/**
	 * Inspect public-facility work, re-classify complaints, keep price list and warranty
	 * table, see indicators (R3.6, R4, R16).
	 */
	WORKORDER_SUPERVISE,
	/** Make return visits (R5.1). */
	RETURN_VISIT,
	/** Configure deadline rules and business-hours calendars. */
	DEADLINE_ADMIN,
	/**
	 * Name the lead of a department of their communities, e.g. the engineering lead who
	 * signs off public-facility repairs (R3.6, R13).
	 */
	DEPARTMENT_ADMIN,
	/**
	 * See rounds, findings, rectifications, contractors and evaluations of their
	 * communities (R11).
	 */
	INSPECTION_READ,
	/**
	 * Walk rounds on a phone and act on their findings: a work order, a contractor's
	 * rectification, a referral (R11.1–R11.3).
	 */
	INSPECTION_PATROL,
	/**
	 * Keep areas, routes, checkpoints, checklists, schedules and contractors; compute the
	 * month-end evaluation (R11.4).
	 */
	INSPECTION_SUPERVISE,
	/**
	 * Sign a contractor's month-end evaluation as the customer-service manager, the basis
	 * of payment (R11.4, seed 001 "客户部经理审核").
	 */
	INSPECTION_SIGN,
	/**
	 * See the SMS and e-mail outbox of their communities with each message's delivery
	 * status, and send a failed message again (issue 10 item 13, R14.2).
	 */
	MESSAGE_OUTBOX,
	/**
	 * Receive new owners (入伙, R8): check their documents, fill the registration form,
	 * hand out keys, book the acceptance, sign custody agreements, review the archives.
	 */
	MOVEIN_WRITE,
	/**
	 * Fill a house acceptance sheet with the owner, item by item, on a phone (R8.3);
	 * given to engineering.
	 */
	ACCEPTANCE_RECORD,
	/**
	 * Keep the key register: issue, lend and take back keys and cards, count them each
	 * month (R10.1).
	 */
	KEYS_WRITE,
	/** Log letters and parcels at the desk and hand them over (R10.3). */
	MAIL_WRITE,
	/** See renovations, their permits, passes, checks and tests (R9). */
	RENOVATION_READ,
	/**
	 * Take a renovation's application and papers, name its workers and issue their
	 * passes, ask for overtime, record water tests and violations (R9.1, R9.3–R9.6).
	 */
	RENOVATION_WRITE,
	/**
	 * Check a structural change's approval and issue the permit, approve overtime and
	 * materials, ask for the deposit's refund, keep the renovation settings (R9.2–R9.4,
	 * R9.7).
	 */
	RENOVATION_APPROVE,
	/**
	 * Accept a finished renovation with its checklist and photos, for engineering (R9.7).
	 */
	RENOVATION_ACCEPT,
	/**
	 * At the gate: check workers' passes and goods passes, mark a goods pass used, report
	 * materials coming in (R9.4, R9.7, R10.2).
	 */
	GATE_CHECK,
	/**
	 * Issue release passes for goods leaving the estate, confirmed with the owner
	 * (R10.2).
	 */
	GOODS_RELEASE,
	/**
	 * Work the car park's gate: entries and exits by plate, the duration fee with its
	 * receipt, free exits with their reason, holding a vehicle, the shift handover log
	 * (R12.1–R12.4).
	 */
	CARPARK_GATE,
	/**
	 * Release a held vehicle after checking the owner's documents and keeping copies and
	 * a signed statement, call the police, record a forced exit or an abandoned vehicle
	 * (R12.3, R12.5: the shift lead).
	 */
	CARPARK_RELEASE,
	/** Issue, renew and cancel parking cards (R12.2, R8.6). */
	CARPARK_CARDS,
	/**
	 * Keep the tariff and the plate-recognition cameras; run and resolve the monthly
	 * space check (R1.2, issue 14).
	 */
	CARPARK_ADMIN,
	/** See the car park's reports: entries and exits by hour, occupancy, fees, holds. */
	CARPARK_REPORT

}
