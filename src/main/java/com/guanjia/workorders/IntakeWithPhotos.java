package com.guanjia.workorders;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a work order together with the photos the resident brought or sent (R3.1), in
 * one step and one transaction, so the front desk needs no second trip to the order's
 * page. The photos get the same checks as {@link WorkOrderIntake#addPhoto} (JPEG, PNG or
 * WebP by content, at most 5 MB) before anything is written; a bad photo is named beside
 * the form's other mistakes and nothing is saved. A repeated request key returns the
 * order already taken in, without adding its photos a second time.
 */
@Service
@Transactional
@NamedInterface("api")
public class IntakeWithPhotos {

	static final int MAX_PHOTOS = 6;

	private final WorkOrderIntake intake;

	private final WorkOrderRepository orders;

	private final CommunityScope scope;

	private final AdvisoryLocks locks;

	IntakeWithPhotos(WorkOrderIntake intake, WorkOrderRepository orders, CommunityScope scope, AdvisoryLocks locks) {
		this.intake = intake;
		this.orders = orders;
		this.scope = scope;
		this.locks = locks;
	}

	/** A photo as it came with the form. */
	@NamedInterface("api")
	public record Photo(String filename, String contentType, byte[] content) {
	}

	public WorkOrderView open(long communityId, OpenWorkOrder command, List<Photo> photos) {
		scope.require(Permission.WORKORDER_WRITE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		photoProblems(photos).forEach(x -> p.add(x.field(), x.code(), x.args()));
		p.throwIfAny();
		String requestKey = OpenWorkOrder.blankToNull(command.requestKey());
		if (requestKey != null && !photos.isEmpty()) {
			// The intake's own lock (re-entrant in this transaction): a double submit
			// waits for the first.
			locks.lockForTransaction(communityId, requestKey);
			if (orders.idByRequestKey(communityId, requestKey).isPresent()) {
				return intake.open(communityId, command);
			}
		}
		WorkOrderView order = intake.open(communityId, command);
		for (Photo photo : photos) {
			intake.addPhoto(order.ref(), photo.filename(), photo.contentType(), photo.content());
		}
		return order;
	}

	/**
	 * What is wrong with the photos, each named by its file (for pages that check more
	 * before intake).
	 */
	public List<FieldProblem> photoProblems(List<Photo> photos) {
		List<FieldProblem> problems = new ArrayList<>();
		if (photos.size() > MAX_PHOTOS) {
			problems.add(new FieldProblem("photos", "validation.photos.tooMany", MAX_PHOTOS));
		}
		for (Photo photo : photos) {
			try {
				WorkOrderIntake.checkPhoto(photo.filename(), photo.contentType(), photo.content());
			}
			catch (ValidationException ex) {
				for (FieldProblem x : ex.problems()) {
					String reason = x.code().startsWith("validation.file.")
							? x.code().substring("validation.file.".length()) : "name";
					problems.add(new FieldProblem("photos", "validation.photo." + reason, photo.filename()));
				}
			}
		}
		return problems;
	}

}
