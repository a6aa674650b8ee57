package com.guanjia.estate;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.ConflictException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Asks every module's {@link ReferenceCheck} whether a registry record is referred to,
 * before the record is deleted (decision 0014). The checks are looked up when asked, so a
 * check may depend on any service without a cycle of beans.
 */
@Component
@NamedInterface("api")
public class RegistryReferences {

	/** How many kinds of reference a refusal names; more are summed up as "…". */
	static final int NAMED = 3;

	private final ObjectProvider<ReferenceCheck> checks;

	RegistryReferences(ObjectProvider<ReferenceCheck> checks) {
		this.checks = checks;
	}

	/**
	 * Every reference to the record, of every module; empty when nothing refers to it.
	 */
	public List<Reference> to(RegistryRecord record) {
		List<Reference> found = new ArrayList<>();
		checks.orderedStream()
			.flatMap(check -> check.referencesTo(record).stream())
			.filter(r -> r.count() > 0)
			.forEach(found::add);
		return found;
	}

	/**
	 * Refuses (409, {@code registry.referenced}) to delete a record something refers to,
	 * naming what ({@code label} is how staff call the record): such a record can only be
	 * retired.
	 */
	public void requireUnreferenced(RegistryRecord record, String label) {
		List<Reference> references = to(record);
		if (!references.isEmpty()) {
			throw new ConflictException("registry.referenced", label, new Named(references));
		}
	}

	/**
	 * The first {@value #NAMED} kinds of reference as one message argument: "3 张工单、12
	 * 条账单明细" (and "等" when there are more).
	 */
	record Named(List<Reference> references) implements MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			int named = Math.min(NAMED, references.size());
			return new String[] { "registry.references." + named + (references.size() > NAMED ? ".more" : "") };
		}

		@Override
		public Object[] getArguments() {
			return references.subList(0, Math.min(NAMED, references.size())).toArray();
		}

		@Override
		public String getDefaultMessage() {
			return references.toString();
		}

	}

}
