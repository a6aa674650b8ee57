package com.guanjia.desk;

import java.time.Instant;
import java.util.List;

import com.guanjia.workorders.FirstContactView;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A reception record; the caller's phone is masked unless the viewer may see phones.
 * {@code actions} are the steps the record allows now (what the page offers);
 * {@code firstContact} is when, how and by whom the resident was first reached about the
 * work order made from it (R4.3), read from the work orders, or null: not yet (or no
 * order).
 */
@NamedInterface("api")
public record ReceptionView(long id, long communityId, Channel channel, ReceptionStatus status, @Nullable Long partyId,
		@Nullable String callerName, @Nullable String callerPhone, @Nullable Long unitId, @Nullable String unitLabel,
		String question, @Nullable String result, @Nullable String handler, @Nullable Instant agreedReplyAt,
		@Nullable String reply, @Nullable Instant repliedAt, @Nullable Instant archivedAt, @Nullable Long workOrderId,
		@Nullable String workOrderNumber, @Nullable FirstContactView firstContact, String agent, Instant createdAt,
		int version, List<ReceptionAction> actions) {

	static ReceptionView of(ReceptionRecord r, boolean phoneVisible, @Nullable FirstContactView firstContact) {
		ReceptionRecord.Intake in = r.intake();
		String phone = in.caller().phone();
		var handling = r.handling();
		var reply = r.reply();
		var order = r.workOrder();
		return new ReceptionView(r.id(), r.communityId(), in.channel(), r.status(), in.caller().partyId(),
				in.caller().name(), phone == null || phoneVisible ? phone : com.guanjia.shared.Masking.phone(phone),
				in.unit() == null ? null : in.unit().id(), in.unit() == null ? null : in.unit().label(), in.question(),
				in.result(), handling == null ? null : handling.handler(),
				handling == null ? null : handling.agreedReplyAt(), reply == null ? null : reply.text(),
				reply == null ? null : reply.at(), r.archivedAt(), order == null ? null : order.id(),
				order == null ? null : order.number(), firstContact, in.agent(), in.at(), r.version(),
				List.copyOf(r.possibleSteps()));
	}

	/** Whether the record allows the step now (for the page's buttons). */
	public boolean allows(ReceptionAction action) {
		return actions.contains(action);
	}

	public boolean late(Instant now) {
		if (agreedReplyAt == null) {
			return false;
		}
		return repliedAt == null ? now.isAfter(agreedReplyAt) : repliedAt.isAfter(agreedReplyAt);
	}

}
