/**
 * Technical ground every module stands on: the database (embedded PostgreSQL by default),
 * the clock, security primitives (roles, permissions, the community scope), web error
 * handling, i18n, the audit trail, file storage and spreadsheet export. No business rules
 * live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package com.guanjia.platform;
