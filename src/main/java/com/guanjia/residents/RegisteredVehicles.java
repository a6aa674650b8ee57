package com.guanjia.residents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vehicle registry as the car park asks it (issue 14; R12.1 the exit's "record", R1.2
 * the monthly space check): the vehicles registered now under the plates the gate or the
 * guard's walk saw, however many (asked in chunks, no cap), with only what the gate needs
 * ({@link RegisteredVehicle}). The car park's staff may ask it without
 * {@code PEOPLE_READ} (a guard or a car-park manager sees no one's phone or ID here);
 * only for their own communities.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class RegisteredVehicles {

	/** Plates per statement. */
	static final int CHUNK = 500;

	private final OccupancyRepository occupancy;

	private final Parties parties;

	private final CommunityScope scope;

	RegisteredVehicles(OccupancyRepository occupancy, Parties parties, CommunityScope scope) {
		this.occupancy = occupancy;
		this.parties = parties;
		this.scope = scope;
	}

	/**
	 * The vehicles registered now under these plates (as typed or read: normalized; blank
	 * and malformed ones are skipped), in plate order; a plate not registered is absent.
	 */
	public List<RegisteredVehicle> ofPlates(long communityId, Collection<String> plates) {
		requireReader();
		scope.require(communityId);
		Set<String> wanted = new LinkedHashSet<>();
		for (String plate : plates) {
			String normalized = plate == null ? "" : PlateNumber.normalize(plate);
			if (PlateNumber.isValid(normalized)) {
				wanted.add(normalized);
			}
		}
		List<String> all = List.copyOf(wanted);
		List<VehicleView> found = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			found.addAll(occupancy.currentByPlates(communityId, all.subList(i, Math.min(all.size(), i + CHUNK))));
		}
		Map<Long, String> labels = parties.labels(communityId, found.stream().map(VehicleView::unitId).toList());
		return found.stream()
			.map(v -> new RegisteredVehicle(v.plate(), v.unitId(), labels.getOrDefault(v.unitId(), "#" + v.unitId()),
					v.brand(), v.colour(), v.partyName() == null ? null : Masking.name(v.partyName())))
			.toList();
	}

	/** The vehicle registered now under this plate, if any. */
	public Optional<RegisteredVehicle> ofPlate(long communityId, @Nullable String plate) {
		return plate == null ? Optional.empty() : ofPlates(communityId, List.of(plate)).stream().findFirst();
	}

	private void requireReader() {
		if (!scope.has(Permission.PEOPLE_READ) && !scope.has(Permission.CARPARK_GATE)
				&& !scope.has(Permission.CARPARK_ADMIN) && !scope.has(Permission.CARPARK_REPORT)) {
			throw new AccessDeniedException("neither the people registry nor the car park");
		}
	}

}
