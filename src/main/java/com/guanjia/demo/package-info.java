/**
 * The demo estate: on the default start, two communities with about 500 units, their
 * owners and tenants, and staff of every role, seeded once into an empty database.
 * <p>
 * No other module uses it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access :: api", "archive :: api", "billing :: api", "carpark :: api", "cashier :: api",
				"desk :: api", "estate :: api", "goods :: api", "inspections :: api", "keys :: api", "meters :: api",
				"movein :: api", "platform", "renovation :: api", "residents :: api", "shared", "workorders :: api" })
@org.jspecify.annotations.NullMarked
package com.guanjia.demo;
