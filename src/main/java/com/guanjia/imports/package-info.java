/**
 * Spreadsheet import of the estate (issue 2 item 6): buildings, units and their owners
 * from an .xlsx file, checked row by row and saved all or nothing.
 * <p>
 * No other module uses it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "estate :: api", "platform", "residents :: api", "shared" })
@org.jspecify.annotations.NullMarked
package com.guanjia.imports;
