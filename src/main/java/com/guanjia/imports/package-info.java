/**
 * Spreadsheet import of the estate (issue 2 item 6): buildings, units and their owners
 * from an .xlsx file, checked row by row and saved all or nothing.
 */
@org.jspecify.annotations.NullMarked
package com.guanjia.imports;
