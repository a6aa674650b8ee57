package com.guanjia.billing;

import java.util.List;

import com.guanjia.shared.Money;

import org.springframework.modulith.NamedInterface;

/**
 * What a billing run would produce, before anything is written (R6.3): totals per charge
 * item next to the previous period's, how many lines already exist (a re-run adds only
 * the missing ones), units charged for the first time and readings still held for a
 * re-check.
 */
@NamedInterface("api")
public record RunPreview(RunView run, List<ItemTotal> items, Money total, int units, int lines, int existingLines,
		int firstTimeUnits, long heldReadings) {

	public record ItemTotal(ChargeItem item, int lines, Money amount, Money previousAmount) {

		public Money change() {
			return amount.minus(previousAmount);
		}

	}

}
