package com.guanjia.workorders;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * The first time someone of the company reached the resident about an order (R4.3, seed
 * 002: "相关部门直接责任人第一时间与客户取得联系"): when, how and who. A complaint has it recorded as such
 * ({@link WorkOrderAction#CONTACT}, by phone or in person); a repair reached the resident
 * when the technician agreed a time with them ({@link WorkOrderAction#BOOK}) or came to
 * the door and found them in ({@link WorkOrderAction#ARRIVE}) — a visit that found nobody
 * home reached nobody.
 */
@NamedInterface("api")
public record FirstContactView(long workOrderId, Instant at, How how, String by) {

	/** How the resident was reached. */
	public enum How {

		/** By phone (a complaint's recorded contact). */
		PHONE,
		/**
		 * In person: a complaint's recorded visit, or a technician let in at the door.
		 */
		IN_PERSON,
		/** A visit time agreed with the resident. */
		APPOINTMENT;

		public String messageKey() {
			return "firstContact.how." + name();
		}

	}

}
