package com.guanjia.renovation;

import com.guanjia.archive.DocumentFiling;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.estate.UnitId;
import com.guanjia.platform.storage.FileStorage;

import org.springframework.stereotype.Component;

/**
 * What a renovation files in its unit's archive (R9.7, seed 002 "资料归档：委托书、受托人身份证复印件、装修协议、
 * 拆改主体结构获房产主管部门的批准书"; seed 003 "将完成的日检表按顺序存放于业主档案盒"): at the permit, the papers the seed
 * names and the permit itself; each closed-water test's record when it ends; at the
 * acceptance, the daily checks, the acceptance and its photos. Each is filed once (its
 * source key) in the transaction of the step, so the archive holds them in the order the
 * steps were taken.
 */
@Component
class RenovationArchive {

	private final UnitDocuments archive;

	private final DocumentRepository papers;

	private final FileStorage files;

	RenovationArchive(UnitDocuments archive, DocumentRepository papers, FileStorage files) {
		this.archive = archive;
		this.papers = papers;
		this.files = files;
	}

	/** The permit was issued: the papers to keep, then the permit. */
	void permitted(Renovation r) {
		for (RenovationDocumentView doc : papers.documents(r.communityId(), r.id())) {
			DocumentType type = switch (doc.kind()) {
				case AUTHORIZATION -> DocumentType.AUTHORIZATION;
				case PROXY_ID -> DocumentType.PROXY_ID_COPY;
				case AGREEMENT, PLEDGE, STRUCTURAL_APPROVAL -> DocumentType.RENOVATION;
				case FLOOR_PLAN, ELECTRICAL, PLUMBING, ACCEPTANCE_PHOTO, OTHER -> null;
			};
			if (type != null) {
				copy(r, doc, type, "renovation:" + r.id() + ":document:" + doc.id());
			}
		}
		Permit p = java.util.Objects.requireNonNull(r.permit());
		file(r, "装修施工许可证 " + p.number() + "（" + p.from() + "~" + p.until() + "）", "/renovations/" + r.id(),
				"renovation:" + r.id() + ":permit");
	}

	/** A closed-water test ended (R9.6). */
	void waterTestEnded(Renovation r, long testId, WaterArea area, boolean passed) {
		String where = switch (area) {
			case BATHROOM -> "卫生间";
			case KITCHEN -> "厨房";
			case BALCONY -> "阳台";
		};
		file(r, "闭水试验记录 " + where + (passed ? " 合格" : " 不合格"), "/renovations/" + r.id() + "#water-tests",
				"renovation:" + r.id() + ":water-test:" + testId);
	}

	/** Engineering accepted the work: the daily checks, the acceptance, its photos. */
	void accepted(Renovation r) {
		file(r, "二次装修日检表 " + r.application().unitLabel(), "/renovations/" + r.id() + "#checks",
				"renovation:" + r.id() + ":checks");
		file(r, "装修竣工验收 " + r.application().unitLabel(), "/renovations/" + r.id() + "#completion",
				"renovation:" + r.id() + ":acceptance");
		for (RenovationDocumentView doc : papers.documents(r.communityId(), r.id())) {
			if (doc.kind() == DocumentKind.ACCEPTANCE_PHOTO) {
				copy(r, doc, DocumentType.RENOVATION, "renovation:" + r.id() + ":document:" + doc.id());
			}
		}
	}

	private void file(Renovation r, String title, String link, String key) {
		archive.file(unit(r), DocumentFiling.form(DocumentType.RENOVATION, title, link, key), "archive");
	}

	private void copy(Renovation r, RenovationDocumentView doc, DocumentType type, String key) {
		byte[] content = files.load(r.communityId(), papers.fileId(r.communityId(), doc.id())).orElseThrow().content();
		String title = doc.title().length() <= 90 ? doc.title() : doc.title().substring(0, 90);
		archive.file(unit(r), DocumentFiling.file(type, "装修 · " + title, doc.filename(), content, key), "archive");
	}

	private static UnitId unit(Renovation r) {
		return UnitId.of(r.communityId(), r.application().unitId());
	}

}
