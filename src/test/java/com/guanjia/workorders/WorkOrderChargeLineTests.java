package com.guanjia.workorders;

import static com.guanjia.workorders.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderDetail.ChargeLine;
import org.junit.jupiter.api.Test;

/**
 * The charge lines of a paid repair, worked out by hand (R3.4: charges follow the
 * paid-service price list and may be changed by agreement with a note; R3.5: a repair
 * under warranty is free).
 */
class WorkOrderChargeLineTests {

	private static final PriceItemView TAP = new PriceItemView("P-012", "更换水龙头", "个", new BigDecimal("35.50"), true);

	private static final PriceItemView SEALANT = new PriceItemView("P-031", "打胶", "米", new BigDecimal("0.25"), true);

	/** R3.4: 35.50 a tap × 1.5 = 53.25, with the price list's code, name and unit. */
	@Test
	void r3_4_aChargeLineIsThePriceListPriceTimesTheQuantity() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		o.addCharge(TAP, new BigDecimal("1.50"));
		assertThat(o.newCharges()).containsExactly(new ChargeLine("P-012", "更换水龙头", "个", new BigDecimal("1.50"),
				new BigDecimal("35.50"), new BigDecimal("53.25")));
		assertThat(o.steps()).containsExactly(new WorkOrder.Step(WorkOrderAction.CHARGE, WorkOrderStatus.IN_PROGRESS,
				WorkOrderStatus.IN_PROGRESS, "更换水龙头 × 1.5 = 53.25"));
		assertThat(o.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
	}

	/** R3.4: 0.25 a metre × 0.5 = 0.125, rounded half up to 0.13 (not 0.12). */
	@Test
	void r3_4_anAmountIsRoundedHalfUpToTheFen() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		o.addCharge(SEALANT, new BigDecimal("0.5"));
		assertThat(o.newCharges()).extracting(ChargeLine::amount).containsExactly(new BigDecimal("0.13"));
		assertThat(o.steps()).extracting(WorkOrder.Step::note).containsExactly("打胶 × 0.5 = 0.13");
	}

	/** R3.5: a free repair takes no charge line, and says so. */
	@Test
	void r3_5_aRepairUnderWarrantyTakesNoChargeLine() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS, Warranty.Decision.FREE, 42L,
				null);
		assertThatThrownBy(() -> o.addCharge(TAP, BigDecimal.ONE)).isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).code())
			.isEqualTo("workOrder.charge.underWarranty");
		assertThatThrownBy(() -> o.adjust(new BigDecimal("-5"), "优惠", BigDecimal.ZERO))
			.isInstanceOf(RuleViolationException.class);
		assertThat(o.newCharges()).isEmpty();
		assertThat(o.steps()).isEmpty();
		assertThat(o.possibleSteps()).doesNotContain(WorkOrderAction.CHARGE);
	}

	/**
	 * R3.4: a change agreed with the resident is kept with its reason; 100.00 of lines
	 * less 100.00 is still allowed (zero), less 100.01 is not.
	 */
	@Test
	void r3_4_anAgreedChangeMayBringTheTotalToZeroButNotBelow() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		assertThatThrownBy(() -> o.adjust(new BigDecimal("-100.01"), "全免", new BigDecimal("100.00")))
			.isInstanceOf(ValidationException.class)
			.extracting(e -> ((ValidationException) e).problems().get(0).field())
			.isEqualTo("amount");
		assertThat(o.adjustment()).isEqualByComparingTo("0");
		assertThat(o.steps()).isEmpty();

		o.adjust(new BigDecimal("-100.00"), "全免", new BigDecimal("100.00"));
		assertThat(o.adjustment()).isEqualTo(new BigDecimal("-100.00"));
		assertThat(o.snapshot().standing().adjustmentReason()).isEqualTo("全免");
		assertThat(o.steps()).containsExactly(new WorkOrder.Step(WorkOrderAction.CHARGE, WorkOrderStatus.IN_PROGRESS,
				WorkOrderStatus.IN_PROGRESS, "-100.00: 全免"));
	}

	/**
	 * R3.4: an agreed change of 20.005 off is kept as 20.01 off (half up, to the fen).
	 */
	@Test
	void r3_4_anAgreedChangeIsRoundedToTheFen() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		o.adjust(new BigDecimal("-20.005"), "老住户优惠", new BigDecimal("53.25"));
		assertThat(o.adjustment()).isEqualTo(new BigDecimal("-20.01"));
		assertThat(o.steps()).extracting(WorkOrder.Step::note).containsExactly("-20.01: 老住户优惠");
	}

	/**
	 * Once the repository saved the order nothing is pending and its version moved on.
	 */
	@Test
	void savingClearsWhatWasPendingAndMovesTheVersionOn() {
		WorkOrder o = order(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderStatus.IN_PROGRESS);
		o.addCharge(TAP, BigDecimal.ONE);
		o.addMaterial(new WorkOrder.MaterialUsed("水龙头", BigDecimal.ONE, MaterialSource.RESIDENT, true, null));
		o.addPhoto(9L, "tap.jpg");
		o.saved();
		assertThat(o.newCharges()).isEmpty();
		assertThat(o.newMaterials()).isEmpty();
		assertThat(o.newPhotos()).isEmpty();
		assertThat(o.steps()).isEmpty();
		assertThat(o.snapshot().header().version()).isEqualTo(1);
	}

}
