package com.guanjia.workorders;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderCommands.Adjust;
import com.guanjia.workorders.WorkOrderCommands.Book;
import com.guanjia.workorders.WorkOrderCommands.Charge;
import com.guanjia.workorders.WorkOrderCommands.Complete;
import com.guanjia.workorders.WorkOrderCommands.Contact;
import com.guanjia.workorders.WorkOrderCommands.Dispatch;
import com.guanjia.workorders.WorkOrderCommands.Hold;
import com.guanjia.workorders.WorkOrderCommands.Inspect;
import com.guanjia.workorders.WorkOrderCommands.Material;
import com.guanjia.workorders.WorkOrderCommands.NobodyHome;
import com.guanjia.workorders.WorkOrderCommands.Note;
import com.guanjia.workorders.WorkOrderCommands.Propose;
import com.guanjia.workorders.WorkOrderCommands.Reclassify;
import com.guanjia.workorders.WorkOrderCommands.SignOff;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a work order after intake (R3.2–R3.6, R4): dispatch, the technician's
 * work, sign-off, inspection, hold, cancel, reopen and complaint re-classification. Each
 * method is one transaction; the order refuses a step its state does not allow.
 */
@Service
@Transactional
@NamedInterface("api")
public class WorkOrderWorkflow {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_SIGNATURE_BYTES = 512 * 1024;

	private final WorkOrderStore store;

	private final WorkOrderClocks clocks;

	private final StaffManagement staff;

	private final WorkOrderCatalogue catalogue;

	private final FileStorage files;

	private final WorkOrderStepRules rules;

	WorkOrderWorkflow(WorkOrderStore store, WorkOrderClocks clocks, StaffManagement staff, WorkOrderCatalogue catalogue,
			FileStorage files, WorkOrderStepRules rules) {
		this.store = store;
		this.clocks = clocks;
		this.staff = staff;
		this.catalogue = catalogue;
		this.files = files;
		this.rules = rules;
	}

	// --- dispatch (front desk, supervisor) ---------------------------------------------

	public WorkOrderView dispatch(WorkOrderId id, Dispatch command) {
		command.validate(false);
		return act(id, WorkOrderAction.DISPATCH, o -> {
			StaffView tech = handler(o, command);
			o.dispatch(command.departmentId(), tech.id(), tech.displayName());
			clocks.dispatched(o);
		});
	}

	public WorkOrderView reassign(WorkOrderId id, Dispatch command) {
		command.validate(true);
		return act(id, WorkOrderAction.REASSIGN, o -> {
			StaffView tech = handler(o, command);
			o.reassign(command.departmentId(), tech.id(), tech.displayName(), command.reason().strip());
			clocks.dispatched(o);
		});
	}

	/**
	 * Who may be sent: enabled staff of the community with the technician role, in the
	 * named department. A complaint is handled by any staff member of the responsible
	 * department — a butler, a department head, a supervisor, not only a technician
	 * (R4.3, issue 10 item 3; seed 002 "相关部门直接责任人第一时间与客户取得联系", seed 001
	 * "安排区域客服管家进行跟进处理").
	 */
	private StaffView handler(WorkOrder o, Dispatch command) {
		long communityId = o.communityId();
		boolean complaint = o.kind().graded();
		if (command.departmentId() != null
				&& staff.departments(communityId).stream().noneMatch(d -> d.id() == command.departmentId())) {
			throw ValidationException.of("departmentId", "validation.department.unknown", command.departmentId());
		}
		return staff.staffOf(communityId, complaint ? null : Role.TECHNICIAN, null)
			.stream()
			.filter(s -> s.id() == command.technicianId())
			.filter(s -> command.departmentId() == null || s.assignments()
				.stream()
				.anyMatch(a -> a.communityId() == communityId && command.departmentId().equals(a.departmentId())))
			.findFirst()
			.orElseThrow(() -> ValidationException.of("technicianId",
					complaint ? "validation.handler.unknown" : "validation.technician.unknown"));
	}

	/**
	 * A complaint is taken into the handling procedure (R4.2); its escalation clock is
	 * met only when whom it must reach takes it in — the manager (major), the head of the
	 * responsible department (important) — as {@link WorkOrderStepRules} says.
	 */
	public WorkOrderView acknowledge(WorkOrderId id, Note note) {
		String text = note.optional("note", 500);
		return act(id, WorkOrderAction.ACKNOWLEDGE, o -> {
			o.acknowledge(text);
			if (rules.reachesWhomItMust(o)) {
				clocks.acknowledged(o);
			}
		});
	}

	/**
	 * A member of the responsible department reached the resident about a complaint
	 * (R4.3): the first contact is kept on the order (when, how, who), and the same-day
	 * clock of telling the resident is met.
	 */
	public WorkOrderView contact(WorkOrderId id, Contact command) {
		command.validate();
		return act(id, WorkOrderAction.CONTACT, o -> {
			long me = store.scope.staffId();
			String who = staff.displayName(me).orElse(store.scope.actor());
			Instant now = store.now();
			o.contact(command.channel(), command.contactedAt() == null ? now : command.contactedAt(), me, who,
					OpenWorkOrder.blankToNull(command.note()), now);
			clocks.contacted(o);
		});
	}

	// --- the technician's work (R3.2–R3.4) ---------------------------------------------

	public WorkOrderView accept(WorkOrderId id) {
		return act(id, WorkOrderAction.ACCEPT, WorkOrder::accept);
	}

	public WorkOrderView book(WorkOrderId id, Book command) {
		command.validate();
		return act(id, WorkOrderAction.BOOK, o -> {
			o.book(command.appointmentAt(), store.now());
			clocks.booked(o, command.appointmentAt());
		});
	}

	public WorkOrderView arrive(WorkOrderId id) {
		return act(id, WorkOrderAction.ARRIVE, o -> {
			o.arrive(store.now());
			clocks.arrived(o);
		});
	}

	/**
	 * Nobody home (R3.2): the technician waited and left a notice; the appointment clock
	 * is met (they came), and a new appointment is to be booked.
	 */
	public WorkOrderView nobodyHome(WorkOrderId id, NobodyHome command) {
		command.validate();
		return act(id, WorkOrderAction.NOBODY_HOME, o -> {
			o.nobodyHome(command.waitedMinutes(), command.notice().strip());
			clocks.arrived(o);
		});
	}

	public WorkOrderView propose(WorkOrderId id, Propose command) {
		command.validate();
		return act(id, WorkOrderAction.PROPOSE,
				o -> o.propose(command.solution().strip(), command.residentConsents(), store.now()));
	}

	public WorkOrderView addMaterial(WorkOrderId id, Material command) {
		command.validate();
		return act(id, WorkOrderAction.MATERIAL,
				o -> o.addMaterial(new WorkOrder.MaterialUsed(command.name().strip(), command.quantity(),
						command.source(), command.inspectedOk(), OpenWorkOrder.blankToNull(command.inspectionNote()))));
	}

	public WorkOrderView addCharge(WorkOrderId id, Charge command) {
		command.validate();
		return act(id, WorkOrderAction.CHARGE, o -> {
			PriceItemView item = catalogue.price(o.communityId(), command.priceCode().strip())
				.orElseThrow(
						() -> ValidationException.of("priceCode", "validation.price.unknown", command.priceCode()));
			o.addCharge(item, command.quantity());
		});
	}

	public WorkOrderView adjust(WorkOrderId id, Adjust command) {
		command.validate();
		return act(id, WorkOrderAction.CHARGE,
				o -> o.adjust(command.amount(), command.reason().strip(), store.orders.chargesTotal(o)));
	}

	/**
	 * A clear answer given to the resident (R4.2: within 2 days for a major complaint).
	 */
	public WorkOrderView answer(WorkOrderId id, Note note) {
		String text = note.required("text", 2000);
		return act(id, WorkOrderAction.ANSWER, o -> {
			o.answer(text);
			clocks.answered(o);
		});
	}

	public WorkOrderView complete(WorkOrderId id, Complete command) {
		command.validate();
		return act(id, WorkOrderAction.COMPLETE, o -> {
			o.complete(command.result().strip(), command.valid(), command.leakTestAt(), store.now(),
					String.format("%06d", RANDOM.nextInt(1_000_000)));
			clocks.completed(o);
		});
	}

	/**
	 * The resident signs the flow sheet (客户请修流程单) on the technician's phone, or gives the
	 * code.
	 */
	public WorkOrderView sign(WorkOrderId id, SignOff command) {
		command.validate();
		return act(id, WorkOrderAction.SIGN, o -> {
			Long fileId = null;
			if (command.signature() != null && !command.signature().isBlank()) {
				byte[] png = decodeSignature(command.signature());
				fileId = files.store(o.communityId(), "signature-" + o.number() + ".png", "image/png", png).id();
			}
			o.sign(command.name().strip(), fileId, command.code(), store.now());
		});
	}

	static byte[] decodeSignature(String dataUrl) {
		String prefix = "data:image/png;base64,";
		if (!dataUrl.startsWith(prefix)) {
			throw ValidationException.of("signature", "validation.signature.format");
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
		}
		catch (IllegalArgumentException ex) {
			throw ValidationException.of("signature", "validation.signature.format");
		}
		if (png.length < 100 || png.length > MAX_SIGNATURE_BYTES || !"image/png".equals(WorkOrderIntake.sniff(png))) {
			throw ValidationException.of("signature", "validation.signature.format");
		}
		return png;
	}

	/**
	 * The engineering lead (or a supervisor) inspects public-facility work and signs it
	 * off (R3.6).
	 */
	public WorkOrderView inspect(WorkOrderId id, Inspect command) {
		command.validate();
		return act(id, WorkOrderAction.INSPECT, o -> o.inspect(store.scope.actor(), command.passed(),
				command.note() == null ? "" : command.note().strip(), store.now()));
	}

	/**
	 * A complaint, request, enquiry or suggestion is closed once the resident is told the
	 * result (R4.3).
	 */
	public WorkOrderView close(WorkOrderId id, Note note) {
		String text = note.optional("note", 500);
		return act(id, WorkOrderAction.CLOSE, o -> o.closeAnswered(text, store.now()));
	}

	// --- hold, cancel, reopen, re-classify ---------------------------------------------

	public WorkOrderView hold(WorkOrderId id, Hold command) {
		command.validate();
		return act(id, WorkOrderAction.HOLD, o -> {
			o.hold(command.reason(), command.note().strip());
			clocks.held(o);
		});
	}

	public WorkOrderView resume(WorkOrderId id, Note note) {
		String text = note.optional("note", 500);
		return act(id, WorkOrderAction.RESUME, o -> {
			o.resume(text);
			clocks.resumed(o);
		});
	}

	public WorkOrderView cancel(WorkOrderId id, Note reason) {
		String text = reason.required("reason", 500);
		return act(id, WorkOrderAction.CANCEL, o -> {
			o.cancel(text);
			clocks.cancelled(o);
		});
	}

	/**
	 * A supervisor declines the request in a special case, with the explanation given to
	 * the resident (R3.3); its clocks stop as for a withdrawal.
	 */
	public WorkOrderView decline(WorkOrderId id, Note explanation) {
		String text = explanation.required("explanation", 500);
		return act(id, WorkOrderAction.DECLINE, o -> {
			o.decline(text);
			clocks.cancelled(o);
		});
	}

	public WorkOrderView reopen(WorkOrderId id, Note reason) {
		String text = reason.required("reason", 500);
		return act(id, WorkOrderAction.REOPEN, o -> {
			o.reopen(text);
			clocks.reopened(o);
		});
	}

	public WorkOrderView reclassify(WorkOrderId id, Reclassify command) {
		command.validate();
		return act(id, WorkOrderAction.RECLASSIFY, o -> {
			o.reclassify(command.severity(), command.reason().strip());
			clocks.reclassified(o);
		});
	}

	// --- plumbing ----------------------------------------------------------------------

	/**
	 * One step: the order locked (404 outside the caller's communities), the caller
	 * checked against {@link WorkOrderStepRules} (403), the step taken by the order
	 * (which refuses one its state does not allow), then saved, audited and published.
	 */
	private WorkOrderView act(WorkOrderId id, WorkOrderAction action, Consumer<WorkOrder> step) {
		WorkOrder o = store.load(id);
		rules.require(action, o);
		step.accept(o);
		store.commit(o, action);
		return store.view(o);
	}

}
