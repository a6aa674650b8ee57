package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One owner of a spreadsheet import: the unit (already resolved to its id by the importer), the
 * owner as a person or company, an optional share and the date from which they own the unit
 * (today when absent). The same ID number on several rows is one party owning several units.
 */
public record OwnerImportRow(int rowNumber, long unitId, PartyCommand party, @Nullable BigDecimal share,
		@Nullable LocalDate since) {
}
