package com.guanjia.inspections;

import java.util.List;

/** A checklist template revision with its items (R11.2). */
public record TemplateView(long id, long communityId, String code, int revision, String name, boolean current,
		List<ChecklistItem> items) {
}
