package com.guanjia.carpark;

import java.time.Instant;
import java.util.List;

import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A held vehicle as the shift lead's page and the API show it: why and since when, the
 * copies kept ({@code documents}) and those a release still needs ({@code missing}), the
 * police, how it ended; {@code actions} are the steps it allows now.
 */
public record HeldView(long id, long communityId, long stayId, String plate, HoldReason reason, @Nullable String note,
		HeldStatus status, Instant heldAt, String heldBy, @Nullable Instant policeCalledAt, @Nullable String policeNote,
		@Nullable String ownerName, @Nullable Instant releasedAt, @Nullable String releasedBy, @Nullable Money fee,
		@Nullable String receiptNumber, @Nullable String incidentNote, List<Document> documents,
		List<DocumentKind> missing, List<HeldAction> actions) {

	/**
	 * A copy kept; a statement signed on the pad has its {@code statement} text and its
	 * file is the signature's picture.
	 */
	public record Document(DocumentKind kind, long fileId, String filename, String uploadedBy, Instant uploadedAt,
			@Nullable String statement) {

		public boolean signed() {
			return statement != null;
		}

	}

	static HeldView of(HeldVehicle h) {
		HeldVehicle.Release r = h.release();
		return new HeldView(h.id(), h.communityId(), h.stayId(), h.plate(), h.reason(), h.note(), h.status(),
				h.heldAt(), h.heldBy(), h.policeCalledAt(), h.policeNote(), r == null ? null : r.ownerName(),
				r == null ? null : r.at(), r == null ? null : r.releasedBy(), r == null ? null : r.fee(),
				r == null ? null : r.receiptNumber(), h.incidentNote(),
				h.documents()
					.stream()
					.map(d -> new Document(d.kind(), d.fileId(), d.filename(), d.uploadedBy(), d.uploadedAt(),
							d.statement()))
					.toList(),
				h.missing(), List.copyOf(h.possibleSteps()));
	}

	public boolean allows(HeldAction action) {
		return actions.contains(action);
	}

}
