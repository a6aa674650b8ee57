package com.guanjia.residents.web;

import com.guanjia.residents.VehicleCommand;
import org.jspecify.annotations.Nullable;

/** The vehicle form. */
public class VehicleForm {

	private @Nullable Long partyId;

	private @Nullable String plate;

	private @Nullable String brand;

	private @Nullable String colour;

	VehicleCommand toCommand(long unitId) {
		return new VehicleCommand(unitId, partyId, plate, brand, colour);
	}

	public @Nullable Long getPartyId() {
		return partyId;
	}

	public void setPartyId(@Nullable Long partyId) {
		this.partyId = partyId;
	}

	public @Nullable String getPlate() {
		return plate;
	}

	public void setPlate(@Nullable String plate) {
		this.plate = plate;
	}

	public @Nullable String getBrand() {
		return brand;
	}

	public void setBrand(@Nullable String brand) {
		this.brand = brand;
	}

	public @Nullable String getColour() {
		return colour;
	}

	public void setColour(@Nullable String colour) {
		this.colour = colour;
	}

}
