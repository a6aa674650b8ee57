package com.guanjia.residents;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One access to a person's personal data (issue 9 item 14): a read of their unmasked ID
 * number or phones, or a download from the archive of one of their units; when (UTC and
 * in the community's time zone), by whom and what.
 */
public record PersonalDataAccess(Instant at, LocalDateTime localTime, String actor, Kind kind,
		@Nullable String detail) {

	public enum Kind {

		READ, DOWNLOAD;

		public String messageKey() {
			return "access.kind." + name();
		}

	}

}
