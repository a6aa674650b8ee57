/**
 * Uploaded files behind a storage interface (database-backed by default), so instances
 * stay stateless.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.platform.storage;
