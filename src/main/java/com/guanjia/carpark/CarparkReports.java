package com.guanjia.carpark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.guanjia.estate.ParkingManagement;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ValidationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The car park's reports (issue 14 item 9): entries and exits by hour, occupancy, fees by
 * day and method, held vehicles, for a period of at most a year in the community's days.
 */
@Service
@Transactional(readOnly = true)
public class CarparkReports {

	private final CarparkReportRepository reports;

	private final HeldVehicleRepository held;

	private final ParkingManagement spaces;

	private final CommunityScope scope;

	private final GateTime time;

	CarparkReports(CarparkReportRepository reports, HeldVehicleRepository held, ParkingManagement spaces,
			CommunityScope scope, GateTime time) {
		this.reports = reports;
		this.held = held;
		this.spaces = spaces;
		this.scope = scope;
		this.time = time;
	}

	public CarparkReport report(long communityId, LocalDate from, LocalDate to) {
		scope.require(Permission.CARPARK_REPORT);
		scope.require(communityId);
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw ValidationException.of("to", "carpark.report.period");
		}
		ZoneId zone = time.zone(communityId);
		Instant start = time.startOf(communityId, from);
		Instant end = time.startOf(communityId, to.plusDays(1));
		return new CarparkReport(from, to, reports.byHour(communityId, start, end, zone),
				reports.occupancy(communityId, time.startOf(communityId, to)), reports.insideNow(communityId),
				spaces.list(communityId, null).size(), reports.fees(communityId, start, end, zone),
				reports.free(communityId, start, end, zone),
				held.heldBetween(communityId, start, end).stream().map(HeldView::of).toList());
	}

	public LocalDate today(long communityId) {
		return time.today(communityId);
	}

}
