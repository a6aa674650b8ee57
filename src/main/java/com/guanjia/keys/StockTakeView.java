package com.guanjia.keys;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A month's stock-take with its lines (each item, what the register said, what was found)
 * and its figures; {@code actions} are the steps it allows now.
 */
@NamedInterface("api")
public record StockTakeView(long id, long communityId, YearMonth month, StockTakeStatus status, Instant startedAt,
		String startedBy, @Nullable Instant closedAt, @Nullable String closedBy, int total, int counted, int found,
		int missing, int lent, List<Line> lines, List<StockTakeAction> actions) {

	/**
	 * One item of the count. The schema name in the OpenAPI document (another class is
	 * named Line).
	 */
	@Schema(name = "StockTakeLine")
	@NamedInterface("api")
	public record Line(long itemId, String number, KeyKind kind, String unitLabel, @Nullable String place,
			KeyStatus expected, @Nullable CountResult result, @Nullable Instant countedAt, @Nullable String countedBy,
			@Nullable String note) {
	}

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

}
