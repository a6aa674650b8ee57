/**
 * The demo estate: on the default start, two communities with about 500 units, their
 * owners and tenants, and staff of every role, seeded once into an empty database.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.demo;
