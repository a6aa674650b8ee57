package com.guanjia.inspections;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** A checklist template revision with its items (R11.2). */
@NamedInterface("api")
public record TemplateView(long id, long communityId, String code, int revision, String name, boolean current,
		List<ChecklistItem> items) {
}
