package com.guanjia.estate;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Facts about communities that other modules need without a caller's scope: the list of
 * all communities (for the administrator's scope), names and time zones.
 */
@Component
@NamedInterface("api")
public class CommunityDirectory {

	private static final String ZONE_MEMO = CommunityDirectory.class.getName() + ".timeZone.";

	private final JdbcClient jdbc;

	CommunityDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Long> allIds() {
		return jdbc.sql("select id from community order by id").query(Long.class).list();
	}

	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("select id, name from community where id = any(?) order by id")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		return names;
	}

	/**
	 * Whether the community is in service: not retired (decision 0014). An unknown id is
	 * not.
	 */
	public boolean inService(long communityId) {
		return jdbc.sql("select retired_on is null from community where id = ?")
			.param(communityId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * The contracted management fee per m² per month, if the community has one (billing
	 * seeds its first standard from it).
	 */
	public java.util.Optional<java.math.BigDecimal> managementFeeRate(long communityId) {
		return jdbc.sql("select management_fee_rate from community where id = ? and management_fee_rate is not null")
			.param(communityId)
			.query(java.math.BigDecimal.class)
			.optional();
	}

	/**
	 * The community's time zone, read once per request: an intake needs it for the day of
	 * its number and again for each clock it starts. Outside a request (listeners, jobs)
	 * it is read every time.
	 */
	public ZoneId timeZone(long communityId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = ZONE_MEMO + communityId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = jdbc.sql("select time_zone from community where id = ?")
			.param(communityId)
			.query(String.class)
			.optional()
			.map(ZoneId::of)
			.orElse(ZoneId.of(CommunityCommand.DEFAULT_ZONE));
		if (request != null) {
			request.setAttribute(key, zone, RequestAttributes.SCOPE_REQUEST);
		}
		return zone;
	}

	/**
	 * The time zones of several communities in one query (a month-end run over all of
	 * them); an unknown id is left out.
	 */
	public Map<Long, ZoneId> timeZones(Collection<Long> ids) {
		Map<Long, ZoneId> zones = new LinkedHashMap<>();
		jdbc.sql("select id, time_zone from community where id = any(?) order by id")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				String zone = rs.getString("time_zone");
				zones.put(rs.getLong("id"), ZoneId.of(zone == null ? CommunityCommand.DEFAULT_ZONE : zone));
			});
		return zones;
	}

	/** A request that changes the community's zone reads the new one afterwards. */
	static void forgetTimeZone(long communityId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(ZONE_MEMO + communityId, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
