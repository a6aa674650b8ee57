package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/** The kinds of area a patrol covers (R11.1, seed 001: 楼宇、大区、销售中心(样板房)、会所). */
@NamedInterface("api")
public enum AreaKind {

	BUILDING, GROUNDS, SALES_CENTRE, CLUBHOUSE, CAR_PARK, OTHER;

	public String messageKey() {
		return "inspection.area." + name();
	}

}
