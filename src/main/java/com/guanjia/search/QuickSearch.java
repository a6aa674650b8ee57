package com.guanjia.search;

import java.util.List;
import java.util.regex.Pattern;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.VehicleView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds units, residents and vehicles of one community by a fragment. Each kind is asked
 * only when the fragment could match it: unit labels are letters, digits and dashes;
 * names contain letters (汉字 included); phones are four or more digits; plates a province
 * character, letters and digits. Every query is bounded by the community, so a
 * two-character fragment — too short for a trigram index — still only scans one
 * community's rows.
 */
@Service
@Transactional(readOnly = true)
public class QuickSearch {

	public static final int MIN_LENGTH = 2;

	public static final int LIMIT = 20;

	private static final Pattern LABEL = Pattern.compile("[0-9A-Za-z-]+");

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final CommunityScope scope;

	QuickSearch(UnitManagement units, ResidentDirectory residents, CommunityScope scope) {
		this.units = units;
		this.residents = residents;
		this.scope = scope;
	}

	/** Searches the community (403 when it is not the caller's). */
	public SearchResults search(long communityId, @Nullable String query) {
		scope.require(Permission.ESTATE_READ);
		scope.require(communityId);
		String q = query == null ? "" : query.strip();
		if (q.codePointCount(0, q.length()) < MIN_LENGTH || q.length() > 50) {
			return new SearchResults(q, List.of(), List.of(), List.of(), !q.isEmpty());
		}
		List<Long> community = List.of(communityId);
		List<UnitView> unitHits = LABEL.matcher(q).matches() ? units.search(community, q, LIMIT) : List.of();
		boolean people = scope.has(Permission.PEOPLE_READ);
		List<ResidentSummary> residentHits = people ? residents.search(community, q, LIMIT) : List.of();
		List<VehicleView> vehicleHits = people ? residents.searchVehicles(community, q, LIMIT) : List.of();
		return new SearchResults(q, unitHits, residentHits, vehicleHits, false);
	}

}
