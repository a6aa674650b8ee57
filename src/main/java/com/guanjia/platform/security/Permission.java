package com.guanjia.platform.security;

/**
 * What a role may do. Granted as Spring Security authorities and checked on the server for
 * every read and write (method security and {@link CommunityScope}).
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
	ARCHIVE_WRITE

}
