package com.guanjia.estate;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.modulith.NamedInterface;

/**
 * How many records of one kind refer to a registry record, e.g. three work orders.
 * {@code kind} is a message key that takes the count ({@code reference.workOrders} = "{0}
 * 张工单"), so a refusal names what still refers to the record in the reader's language.
 */
@NamedInterface("api")
public record Reference(String kind, long count) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { kind };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { count };
	}

	@Override
	public String getDefaultMessage() {
		return kind + " " + count;
	}

}
