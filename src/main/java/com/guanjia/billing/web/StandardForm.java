package com.guanjia.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.ChargeStandardCommand;
import com.guanjia.billing.PriceTier;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new rate for an item from a date on, with up to three price tiers for water and
 * electricity.
 */
public class StandardForm {

	static final int TIER_ROWS = 3;

	private @Nullable ChargeItem item;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;

	private @Nullable BigDecimal rate;

	private @Nullable String note;

	private List<TierRow> tiers = new ArrayList<>();

	public StandardForm() {
		for (int i = 0; i < TIER_ROWS; i++) {
			tiers.add(new TierRow());
		}
	}

	ChargeStandardCommand toCommand() {
		List<PriceTier> priced = new ArrayList<>();
		for (TierRow row : tiers) {
			if (row.price == null && row.upTo == null) {
				continue;
			}
			try {
				priced.add(new PriceTier(row.upTo, row.price));
			}
			catch (IllegalArgumentException ex) {
				throw ValidationException.of("tiers", "billing.tiersInvalid");
			}
		}
		return new ChargeStandardCommand(item, effectiveFrom, rate, priced, note);
	}

	/**
	 * One tier: consumption up to {@code upTo} (blank for the last tier) at
	 * {@code price}.
	 */
	public static class TierRow {

		private @Nullable BigDecimal upTo;

		private @Nullable BigDecimal price;

		public @Nullable BigDecimal getUpTo() {
			return upTo;
		}

		public void setUpTo(@Nullable BigDecimal upTo) {
			this.upTo = upTo;
		}

		public @Nullable BigDecimal getPrice() {
			return price;
		}

		public void setPrice(@Nullable BigDecimal price) {
			this.price = price;
		}

	}

	public @Nullable ChargeItem getItem() {
		return item;
	}

	public void setItem(@Nullable ChargeItem item) {
		this.item = item;
	}

	public @Nullable LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public @Nullable BigDecimal getRate() {
		return rate;
	}

	public void setRate(@Nullable BigDecimal rate) {
		this.rate = rate;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public List<TierRow> getTiers() {
		return tiers;
	}

	public void setTiers(List<TierRow> tiers) {
		this.tiers = tiers;
	}

}
