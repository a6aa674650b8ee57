package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * A checkpoint of a route: where it is, which checklist it uses and the token its QR
 * label carries.
 */
@NamedInterface("api")
public record CheckpointView(long id, long communityId, long routeId, String routeName, int position, String name,
		long areaId, String areaName, String templateCode, String qrToken, boolean active) {
}
