package com.guanjia.inspections;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.CommunityId;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates as data (R11.2): every community starts with the seeds' checklists;
 * a change makes a new revision, and a round keeps the revision it was created with (its
 * results copy the items' words), so no change rewrites a finished round. Other modules
 * read a template by code for the rounds they schedule.
 */
@Service
@Transactional
@NamedInterface("api")
public class ChecklistTemplates {

	/** A new revision of a template: its name and its items in order. */
	@NamedInterface("api")
	public record ReviseTemplate(String name, List<Item> items) {

		/**
		 * One item: its words, who puts a failure right, its weight in the score. Named
		 * apart from the receipt's item in the OpenAPI document.
		 */
		@Schema(name = "ChecklistItemRevision")
		@NamedInterface("api")
		public record Item(String text, Trade trade, java.math.BigDecimal weight) {
		}

		void validate() {
			Problems p = new Problems();
			p.text("name", name, 50);
			p.check(items != null && !items.isEmpty(), "items", "inspection.template.noItems");
			if (items != null) {
				for (int i = 0; i < items.size(); i++) {
					Item item = items.get(i);
					p.text("items[" + i + "].text", item == null ? null : item.text(), 100);
					p.check(item != null && item.trade() != null, "items[" + i + "].trade", "validation.required");
					p.check(item != null && item.weight() != null && item.weight().signum() > 0
							&& item.weight().compareTo(java.math.BigDecimal.TEN) <= 0, "items[" + i + "].weight",
							"inspection.template.weight");
				}
			}
			p.throwIfAny();
		}

	}

	private final TemplateRepository templates;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	private final AdvisoryLocks locks;

	ChecklistTemplates(TemplateRepository templates, CommunityScope scope, AuditTrail audit, Clock clock,
			AdvisoryLocks locks) {
		this.templates = templates;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.locks = locks;
	}

	/** The current revision of each of the community's templates. */
	public List<TemplateView> list(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		templates.ensureDefaults(communityId, clock.instant());
		return templates.currentOf(communityId);
	}

	/** A template revision the caller may see, or 404. */
	@Transactional(readOnly = true)
	public TemplateView get(long templateId) {
		scope.require(Permission.INSPECTION_READ);
		return templates.find(scope.allowedIds(), templateId)
			.orElseThrow(() -> new NotFoundException("template", templateId));
	}

	/**
	 * The current revision of a template by code, for another module scheduling a round
	 * (no caller check: the community is explicit).
	 */
	public TemplateView current(CommunityId community, String code) {
		templates.ensureDefaults(community.value(), clock.instant());
		return templates.current(community.value(), code)
			.orElseThrow(() -> ValidationException.of("templateCode", "inspection.template.unknown", code));
	}

	/**
	 * The current revision of another module's template, created with these words the
	 * first time it is asked for (e.g. the move-in module's house acceptance sheet and
	 * custody check); supervisors revise it afterwards like any other. No caller check:
	 * the community is explicit.
	 */
	public TemplateView ensure(CommunityId community, String code, ReviseTemplate firstRevision) {
		long communityId = community.value();
		templates.ensureDefaults(communityId, clock.instant());
		var existing = templates.current(communityId, code);
		if (existing.isPresent()) {
			return existing.get();
		}
		firstRevision.validate();
		locks.lockForTransaction(communityId, "inspection-template:" + code);
		return templates.current(communityId, code).orElseGet(() -> {
			List<ChecklistItem> items = new ArrayList<>();
			for (int i = 0; i < firstRevision.items().size(); i++) {
				ReviseTemplate.Item item = firstRevision.items().get(i);
				items.add(new ChecklistItem(i + 1, item.text().strip(), item.trade(), item.weight()));
			}
			return templates.revise(communityId, code, firstRevision.name().strip(), items, clock.instant(), "system");
		});
	}

	/**
	 * A new revision of a template, current from now on (or a new template under a new
	 * code).
	 */
	public TemplateView revise(long communityId, String code, ReviseTemplate command) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		new Problems().text("code", code, 30)
			.check(code == null || code.matches("[A-Z][A-Z0-9_]*"), "code", "inspection.template.code")
			.throwIfAny();
		command.validate();
		templates.ensureDefaults(communityId, clock.instant());
		List<ChecklistItem> items = new ArrayList<>();
		for (int i = 0; i < command.items().size(); i++) {
			ReviseTemplate.Item item = command.items().get(i);
			items.add(new ChecklistItem(i + 1, item.text().strip(), item.trade(), item.weight()));
		}
		TemplateView revised = templates.revise(communityId, code, command.name().strip(), items, clock.instant(),
				scope.actor());
		audit.record(communityId, "inspection_template", revised.id(), "revise", code + " r" + revised.revision());
		return revised;
	}

}
