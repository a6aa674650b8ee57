package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One owner of a spreadsheet import: the unit, the owner as a person or company, an
 * optional share and the date from which they own the unit (today when absent). The same
 * ID number on several rows is one party owning several units.
 * <p>
 * Before the sheet's units exist the importer checks rows {@link #forCheck by the unit's
 * key} as the sheet names it (e.g. its label 3-2-1502): rows with the same key are the
 * same unit. Importing needs {@link #of the unit's id}.
 */
@NamedInterface("api")
public record OwnerImportRow(int rowNumber, @Nullable Long unitId, @Nullable String unitKey, PartyCommand party,
		@Nullable BigDecimal share, @Nullable LocalDate since) {

	/** A row of a unit that exists (for checking and importing). */
	public OwnerImportRow(int rowNumber, long unitId, PartyCommand party, @Nullable BigDecimal share,
			@Nullable LocalDate since) {
		this(rowNumber, unitId, null, party, share, since);
	}

	/** A row of a unit that exists (for checking and importing). */
	public static OwnerImportRow of(int rowNumber, long unitId, PartyCommand party, @Nullable BigDecimal share,
			@Nullable LocalDate since) {
		return new OwnerImportRow(rowNumber, unitId, null, party, share, since);
	}

	/** A row of a unit the same sheet will create, named by its key (checking only). */
	public static OwnerImportRow forCheck(int rowNumber, String unitKey, PartyCommand party, @Nullable BigDecimal share,
			@Nullable LocalDate since) {
		return new OwnerImportRow(rowNumber, null, unitKey, party, share, since);
	}

	/** Which unit the row is about, within one file. */
	String unitIdentity() {
		return unitId != null ? "#" + unitId : "@" + unitKey;
	}

}
