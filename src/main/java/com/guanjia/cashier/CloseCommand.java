package com.guanjia.cashier;

import com.guanjia.shared.Problems;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Closes the signed-in cashier's day. The figures, invoices included, come from the
 * records: invoices are issued by the tax system and their numbers recorded against the
 * receipts ({@link Invoices}).
 */
@NamedInterface("api")
public record CloseCommand(DailyCloseView.@Nullable HandedTo handedTo, @Nullable String note) {

	public void validate() {
		Problems p = new Problems();
		p.required("handedTo", handedTo);
		p.optionalText("note", note, 200);
		p.throwIfAny();
	}

}
