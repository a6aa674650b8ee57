package com.guanjia.estate.web;

import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.ParkingState;
import org.jspecify.annotations.Nullable;

/**
 * The parking-space form of the console. Staff type the unit as they say it (3-2-1502);
 * the controller looks up its id before the command is built.
 */
public class ParkingForm {

	private @Nullable String code;

	private @Nullable String zone;

	private @Nullable ParkingState state = ParkingState.VACANT;

	private @Nullable String unitLabel;

	private @Nullable Long unitId;

	private int version;

	static ParkingForm of(ParkingSpaceView space) {
		ParkingForm form = new ParkingForm();
		form.code = space.code();
		form.zone = space.zone();
		form.state = space.state();
		form.unitLabel = space.unitLabel();
		form.unitId = space.unitId();
		form.version = space.version();
		return form;
	}

	ParkingCommand toCommand() {
		return new ParkingCommand(code, zone, state, unitId);
	}

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getZone() {
		return zone;
	}

	public void setZone(@Nullable String zone) {
		this.zone = zone;
	}

	public @Nullable ParkingState getState() {
		return state;
	}

	public void setState(@Nullable ParkingState state) {
		this.state = state;
	}

	public @Nullable String getUnitLabel() {
		return unitLabel;
	}

	public void setUnitLabel(@Nullable String unitLabel) {
		this.unitLabel = unitLabel;
	}

	/** Set by the controller from the label, never bound from the request. */
	public @Nullable Long getUnitId() {
		return unitId;
	}

	void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
