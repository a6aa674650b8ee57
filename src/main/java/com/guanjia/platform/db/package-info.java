/**
 * The embedded PostgreSQL 17 started when no datasource is configured.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.db;
