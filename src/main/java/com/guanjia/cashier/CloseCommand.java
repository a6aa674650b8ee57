package com.guanjia.cashier;

import com.guanjia.shared.Problems;

import org.jspecify.annotations.Nullable;

/**
 * Closes the signed-in cashier's day; invoices are counted by hand (they are issued
 * outside Guanjia).
 */
public record CloseCommand(DailyCloseView.@Nullable HandedTo handedTo, @Nullable Integer invoices,
		@Nullable String invoiceRange, @Nullable String note) {

	public void validate() {
		Problems p = new Problems();
		p.required("handedTo", handedTo);
		p.check(invoices == null || invoices >= 0, "invoices", "validation.notNegative");
		p.optionalText("invoiceRange", invoiceRange, 60);
		p.optionalText("note", note, 200);
		p.throwIfAny();
	}

}
