/**
 * One search box for the console and the API: finds a unit or a person by any fragment —
 * a room number (3-2-1502, 1502), a name fragment (建国), the last four digits of a phone,
 * a plate (粤B12345) — inside one community, through the estate and residents APIs and
 * their trigram indexes. Results are lists, so phones are masked for everyone.
 * <p>
 * No other module uses it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "estate :: api", "platform", "residents :: api" })
@org.jspecify.annotations.NullMarked
package com.guanjia.search;
