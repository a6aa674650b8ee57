package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.guanjia.scheduling.DeadlineView;
import org.jspecify.annotations.Nullable;

/**
 * Everything the order's page shows: the order, its timeline, materials, charges, photos,
 * clocks and visits, and the steps the caller may take on it now ({@code actions}, from
 * {@link WorkOrderStepRules}: the page offers exactly these and the API lists them).
 */
public record WorkOrderDetail(WorkOrderView order, List<TimelineEntry> timeline, List<MaterialLine> materials,
		List<ChargeLine> charges, BigDecimal chargesTotal, BigDecimal total, List<Photo> photos,
		List<DeadlineView> deadlines, List<ReturnVisitView> visits, List<WorkOrderAction> actions) {

	/** The steps taken with a form of their own on the order's page (all but a photo). */
	public List<WorkOrderAction> stepForms() {
		return actions.stream().filter(a -> a != WorkOrderAction.PHOTO).toList();
	}

	/** Whether the caller may add a photo now. */
	public boolean mayAddPhoto() {
		return actions.contains(WorkOrderAction.PHOTO);
	}

	/**
	 * Whether the caller may send the order to a technician now (the page lists them).
	 */
	public boolean mayDispatch() {
		return actions.contains(WorkOrderAction.DISPATCH) || actions.contains(WorkOrderAction.REASSIGN);
	}

	/**
	 * The materials used: those that passed the inspection before use (R3.4); a rejected
	 * one was not used (issue 10 item 19).
	 */
	public List<MaterialLine> usedMaterials() {
		return materials.stream().filter(MaterialLine::inspectedOk).toList();
	}

	/** The materials inspected and rejected, with why (R3.4: "應向業主說明"). */
	public List<MaterialLine> rejectedMaterials() {
		return materials.stream().filter(m -> !m.inspectedOk()).toList();
	}

	public record MaterialLine(String name, BigDecimal quantity, MaterialSource source, boolean inspectedOk,
			@Nullable String inspectionNote, Instant addedAt) {
	}

	public record ChargeLine(@Nullable String priceCode, String name, @Nullable String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal amount) {
	}

	public record Photo(long fileId, String filename, Instant addedAt) {
	}

}
