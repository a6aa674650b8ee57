package com.guanjia.estate.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The unit form of the console (a bean, so the page can re-show what the user typed). */
public class UnitForm {

	private @Nullable Long buildingId;

	private @Nullable String entrance;

	private @Nullable String roomNo;

	private @Nullable UnitKind kind = UnitKind.RESIDENCE;

	private @Nullable Integer floor;

	private @Nullable BigDecimal buildingArea;

	private @Nullable UnitState state = UnitState.UNSOLD;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate handoverDate;

	private int version;

	static UnitForm of(UnitView unit) {
		UnitForm form = new UnitForm();
		form.buildingId = unit.buildingId();
		form.entrance = unit.entrance();
		form.roomNo = unit.roomNo();
		form.kind = unit.kind();
		form.floor = unit.floor();
		form.buildingArea = unit.buildingArea();
		form.state = unit.state();
		form.handoverDate = unit.handoverDate();
		form.version = unit.version();
		return form;
	}

	UnitCommand toCommand() {
		return new UnitCommand(buildingId, entrance, roomNo, kind, floor, buildingArea, state, handoverDate);
	}

	public @Nullable Long getBuildingId() {
		return buildingId;
	}

	public void setBuildingId(@Nullable Long buildingId) {
		this.buildingId = buildingId;
	}

	public @Nullable String getEntrance() {
		return entrance;
	}

	public void setEntrance(@Nullable String entrance) {
		this.entrance = entrance;
	}

	public @Nullable String getRoomNo() {
		return roomNo;
	}

	public void setRoomNo(@Nullable String roomNo) {
		this.roomNo = roomNo;
	}

	public @Nullable UnitKind getKind() {
		return kind;
	}

	public void setKind(@Nullable UnitKind kind) {
		this.kind = kind;
	}

	public @Nullable Integer getFloor() {
		return floor;
	}

	public void setFloor(@Nullable Integer floor) {
		this.floor = floor;
	}

	public @Nullable BigDecimal getBuildingArea() {
		return buildingArea;
	}

	public void setBuildingArea(@Nullable BigDecimal buildingArea) {
		this.buildingArea = buildingArea;
	}

	public @Nullable UnitState getState() {
		return state;
	}

	public void setState(@Nullable UnitState state) {
		this.state = state;
	}

	public @Nullable LocalDate getHandoverDate() {
		return handoverDate;
	}

	public void setHandoverDate(@Nullable LocalDate handoverDate) {
		this.handoverDate = handoverDate;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
