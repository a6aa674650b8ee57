package com.guanjia.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so the console can page through it. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 200;

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> ResultPage<R> map(Function<T, R> mapper) {
		return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
	}

	/** A page request clamped to sane bounds: page ≥ 0, 1 ≤ size ≤ {@link #MAX_SIZE}. */
	public record Request(int page, int size) {

		public Request {
			page = Math.max(page, 0);
			size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
		}

		public static Request of(Integer page, Integer size) {
			return new Request(page == null ? 0 : page, size == null ? 50 : size);
		}

		public int offset() {
			return page * size;
		}

	}

}
