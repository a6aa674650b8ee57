package com.guanjia.workorders;

import com.guanjia.scheduling.DeadlineRule;

import org.springframework.modulith.NamedInterface;

/**
 * What a work order is about (R3, R3.6, R3.7, R4), each kind with its {@link Profile}:
 * whether someone goes on site, where the work is, how it is closed, whether it is graded
 * like a complaint, whether the resident gets a return visit and how long the work may
 * take. Everything that differs between kinds is read from the profile; a new kind is one
 * constant here (and its name in the message bundles).
 */
@NamedInterface("api")
public enum WorkOrderKind {

	/** 户内维修 (R3.4): visited, signed off by the resident, visited again (R5.1). */
	IN_UNIT_REPAIR(Profile.onSite(Place.UNIT, Closing.RESIDENT_SIGN_OFF, DeadlineRule.days(3)).withReturnVisit()),
	/** 公共设施维修 (R3.6): visited, closed after the engineering lead's inspection. */
	PUBLIC_REPAIR(Profile.onSite(Place.PUBLIC_PLACE, Closing.LEAD_INSPECTION, DeadlineRule.days(3)).withReturnVisit()),
	/** 投诉 (R4): graded by severity, closed once answered, visited again (R4.5). */
	COMPLAINT(Profile.answered(DeadlineRule.days(2)).withSeverity().withReturnVisit()),
	/** 求助 */
	HELP(Profile.answered(DeadlineRule.days(1))),
	/** 咨询 */
	ENQUIRY(Profile.answered(DeadlineRule.days(2))),
	/** 建议 */
	SUGGESTION(Profile.answered(DeadlineRule.days(7))),
	/**
	 * 交房缺陷 / 工程遗留 (R3.7): worked like an in-unit repair, always free for the resident.
	 */
	HANDOVER_DEFECT(Profile.onSite(Place.UNIT, Closing.RESIDENT_SIGN_OFF, DeadlineRule.days(15))
		.withReturnVisit()
		.withDevelopersWarranty()),
	/**
	 * 巡查发现 (R11.3): found by staff on a patrol, who is its reporter; worked on site in a
	 * public place, closed by a supervisor's check, no resident to visit again.
	 */
	PATROL_FINDING(Profile.onSite(Place.PUBLIC_PLACE, Closing.SUPERVISOR_CHECK, DeadlineRule.days(3)).foundByStaff());

	/** Where the work is, and so what intake must be told. */
	public enum Place {

		/** In a unit: intake needs the unit. */
		UNIT,
		/** In a public place of the community: intake needs the place. */
		PUBLIC_PLACE,
		/** About a unit, a place or neither. */
		ANYWHERE

	}

	/** How an order of the kind is closed, and by which step. */
	public enum Closing {

		/**
		 * The resident signs the flow sheet (客户请修流程单) or gives the confirmation code
		 * (R3.4).
		 */
		RESIDENT_SIGN_OFF(WorkOrderAction.SIGN),
		/** The engineering lead inspects, signs and files the dispatch note (R3.6). */
		LEAD_INSPECTION(WorkOrderAction.INSPECT),
		/** Closed once the resident has been told the answer or the result (R4.3). */
		ANSWERED(WorkOrderAction.CLOSE),
		/**
		 * A supervisor checks the work on site and closes it (a patrol finding, R11.1:
		 * "發現問題及時記錄和處理").
		 */
		SUPERVISOR_CHECK(WorkOrderAction.INSPECT);

		private final WorkOrderAction step;

		Closing(WorkOrderAction step) {
			this.step = step;
		}

		/** The step that closes the order. */
		public WorkOrderAction step() {
			return step;
		}

	}

	/**
	 * What sets a kind apart.
	 *
	 * @param visitedOnSite someone goes there: booked, arrived, a solution agreed,
	 * materials and charges from the price list, a warranty decision at intake
	 * (R3.2–R3.5)
	 * @param place where the work is
	 * @param closing how it is closed
	 * @param returnVisit the resident is visited again after it closed (R5.1, R4.5)
	 * @param graded handled as a complaint (R4.2): a severity with its own deadlines, an
	 * acknowledgement, re-classification, valid or not (R4.4)
	 * @param alwaysUnderWarranty the developer's to put right, never the resident's to
	 * pay (R3.7)
	 * @param defaultDeadline the time to finish it unless the community says otherwise
	 * @param reportedByStaff found by a member of staff (on a patrol), who is its
	 * reporter: intake asks for no resident
	 */
	public record Profile(boolean visitedOnSite, Place place, Closing closing, boolean returnVisit, boolean graded,
			boolean alwaysUnderWarranty, DeadlineRule defaultDeadline, boolean reportedByStaff) {

		static Profile onSite(Place place, Closing closing, DeadlineRule deadline) {
			return new Profile(true, place, closing, false, false, false, deadline, false);
		}

		static Profile answered(DeadlineRule deadline) {
			return new Profile(false, Place.ANYWHERE, Closing.ANSWERED, false, false, false, deadline, false);
		}

		Profile withReturnVisit() {
			return new Profile(visitedOnSite, place, closing, true, graded, alwaysUnderWarranty, defaultDeadline,
					reportedByStaff);
		}

		Profile withSeverity() {
			return new Profile(visitedOnSite, place, closing, returnVisit, true, alwaysUnderWarranty, defaultDeadline,
					reportedByStaff);
		}

		Profile withDevelopersWarranty() {
			return new Profile(visitedOnSite, place, closing, returnVisit, graded, true, defaultDeadline,
					reportedByStaff);
		}

		Profile foundByStaff() {
			return new Profile(visitedOnSite, place, closing, returnVisit, graded, alwaysUnderWarranty, defaultDeadline,
					true);
		}

	}

	private final Profile profile;

	WorkOrderKind(Profile profile) {
		this.profile = profile;
	}

	public Profile profile() {
		return profile;
	}

	/** Someone goes on site: booked, arrived, a solution agreed, materials, charges. */
	public boolean visitedOnSite() {
		return profile.visitedOnSite();
	}

	public Place place() {
		return profile.place();
	}

	/**
	 * Work in a public place (a public facility, a patrol finding): intake asks where it
	 * is rather than which unit, and the engineering department's leads assign it (R3.6).
	 * The one rule every caller asks, never a test of particular kinds.
	 */
	public boolean inPublicPlace() {
		return profile.place() == Place.PUBLIC_PLACE;
	}

	public Closing closing() {
		return profile.closing();
	}

	/** Handled as a complaint (R4.2): severity, acknowledgement, validity. */
	public boolean graded() {
		return profile.graded();
	}

	public boolean returnVisit() {
		return profile.returnVisit();
	}

	/**
	 * Whether an order of this kind ever takes the step; whether it may take it now is
	 * for the order ({@link WorkOrderAction#allowedFrom} and the order's own rules).
	 */
	public boolean allows(WorkOrderAction action) {
		return switch (action) {
			case OPEN, DISPATCH, REASSIGN, ACCEPT, COMPLETE, HOLD, RESUME, CANCEL, DECLINE, REOPEN, ESCALATE, WARN,
					PHOTO, AUTO_CLOSE ->
				true;
			case BOOK, ARRIVE, PROPOSE, MATERIAL, CHARGE -> profile.visitedOnSite();
			// Somebody's home is visited (R3.2); a public place is never "not at home".
			case NOBODY_HOME -> profile.visitedOnSite() && profile.place() == Place.UNIT;
			case SIGN, INSPECT, CLOSE -> profile.closing().step() == action;
			// A clear answer to the resident (R4.2, R4.3) is how answered kinds end;
			// repairs end with the resident's or the lead's signature instead.
			case ANSWER -> profile.closing() == Closing.ANSWERED;
			// R4.3: the department contacts the resident about a complaint and tells them
			// the same day.
			case ACKNOWLEDGE, RECLASSIFY, CONTACT -> profile.graded();
			case VISIT, UNREACHED -> profile.returnVisit();
		};
	}

	public String messageKey() {
		return "workOrder.kind." + name();
	}

}
