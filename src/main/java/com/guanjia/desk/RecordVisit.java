package com.guanjia.desk;

import java.time.Instant;

import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What the agent types while the resident talks (R2.1, R2.3): the channel, who (a
 * registered resident's party id, or an unknown caller's name and phone for the
 * call-back), the unit, the question and — when answered on the spot — the result;
 * {@code receivedAt} when it was received, if it is entered afterwards (补录).
 */
@NamedInterface("api")
public record RecordVisit(@Nullable Channel channel, @Nullable Long partyId, @Nullable String callerName,
		@Nullable String callerPhone, @Nullable Long unitId, @Nullable String question, @Nullable String result,
		boolean answeredOnTheSpot, @Nullable String requestKey, @Nullable Instant receivedAt) {

	public RecordVisit(@Nullable Channel channel, @Nullable Long partyId, @Nullable String callerName,
			@Nullable String callerPhone, @Nullable Long unitId, @Nullable String question, @Nullable String result,
			boolean answeredOnTheSpot, @Nullable String requestKey) {
		this(channel, partyId, callerName, callerPhone, unitId, question, result, answeredOnTheSpot, requestKey, null);
	}

	/**
	 * Whether the resident waits for an answer: not answered on the spot, and not a
	 * patrol's own finding.
	 */
	boolean needsReply() {
		return !answeredOnTheSpot && channel != Channel.PATROL;
	}

	void validate() {
		Problems p = new Problems();
		p.required("channel", channel);
		p.text("question", question, 2000);
		p.optionalText("result", result, 2000);
		p.optionalText("callerName", callerName, 50);
		p.optionalText("requestKey", requestKey, 64);
		if (callerPhone != null && !callerPhone.isBlank()) {
			p.check(PhoneNumber.normalize(callerPhone) != null, "callerPhone", "validation.phone.format");
		}
		p.check(partyId != null || (callerName != null && !callerName.isBlank())
				|| (callerPhone != null && !callerPhone.isBlank()) || channel == Channel.PATROL, "callerName",
				"validation.reporter.required");
		p.check(!answeredOnTheSpot || (result != null && !result.isBlank()), "result", "validation.required");
		p.throwIfAny();
	}

}
