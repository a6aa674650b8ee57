package com.guanjia.imports;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the imports running at once on this instance (issue 9 item 5): each one holds
 * its rows in memory while it checks them all, so ten at once must not share one heap. An
 * import beyond the limit is refused at once — {@link ImportsBusyException} — rather than
 * queued behind a request thread that would hold its upload meanwhile.
 */
@Component
class ImportSlots {

	/** What the refusal suggests: about the time a large import takes. */
	static final int RETRY_AFTER_SECONDS = 30;

	private final int limit;

	private final Semaphore permits;

	ImportSlots(@Value("${guanjia.imports.max-concurrent:2}") int limit) {
		this.limit = Math.max(1, limit);
		this.permits = new Semaphore(this.limit);
	}

	<T> T run(Supplier<T> work) {
		if (!permits.tryAcquire()) {
			throw new ImportsBusyException(limit, RETRY_AFTER_SECONDS);
		}
		try {
			return work.get();
		}
		finally {
			permits.release();
		}
	}

}
