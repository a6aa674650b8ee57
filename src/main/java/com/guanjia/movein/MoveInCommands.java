package com.guanjia.movein;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What staff enter in a move-in case. */
public final class MoveInCommands {

	private MoveInCommands() {
	}

	/**
	 * A case opened for a unit: who receives it (R8.1) — the owner (a current owner of
	 * the unit in the registry, chosen among them), and for a proxy or a company the
	 * person acting (seed 002: "单位购买：…还需提供单位证明及个人身份证明", so a company's case names who
	 * comes for it).
	 */
	@NamedInterface("api")
	public record OpenMoveIn(@Nullable Long unitId, @Nullable ApplicantKind kind, @Nullable Long ownerPartyId,
			@Nullable String proxyName) {

		void validate() {
			Problems p = new Problems();
			p.required("unitId", unitId).required("kind", kind).required("ownerPartyId", ownerPartyId);
			if (kind == ApplicantKind.PROXY || kind == ApplicantKind.COMPANY) {
				p.text("proxyName", proxyName, 100);
			}
			else {
				p.optionalText("proxyName", proxyName, 100);
			}
			p.throwIfAny();
		}

	}

	/** A household member entered on the registration form. */
	@NamedInterface("api")
	public record Member(@Nullable String name, @Nullable HouseholdRelation relation, @Nullable String idCardNumber,
			@Nullable String phone) {
	}

	/** A car entered on the registration form. */
	@NamedInterface("api")
	public record Car(@Nullable String plate, @Nullable String brand, @Nullable String colour) {
	}

	/**
	 * The resident registration form (住户登记表, R8.2): the emergency contact and a note kept
	 * with the case; the household members and cars go to the residents registry.
	 */
	@NamedInterface("api")
	public record Register(@Nullable String emergencyName, @Nullable String emergencyPhone,
			@Nullable String emergencyRelation, @Nullable String note, @Nullable List<Member> members,
			@Nullable List<Car> cars) {

		static final int MAX_LINES = 10;

		void validate() {
			Problems p = new Problems();
			p.text("emergencyName", emergencyName, 50);
			p.text("emergencyPhone", emergencyPhone, 20);
			if (emergencyPhone != null && !emergencyPhone.isBlank()) {
				p.check(PhoneNumber.normalize(emergencyPhone) != null, "emergencyPhone", "validation.phone.format");
			}
			p.optionalText("emergencyRelation", emergencyRelation, 20);
			p.optionalText("note", note, 300);
			List<Member> m = members();
			p.check(m.size() <= MAX_LINES, "members", "movein.tooMany", MAX_LINES);
			for (int i = 0; i < Math.min(m.size(), MAX_LINES); i++) {
				Member member = m.get(i);
				String f = "members[" + i + "].";
				p.text(f + "name", member.name(), 50);
				p.required(f + "relation", member.relation());
				if (member.idCardNumber() != null && !member.idCardNumber().isBlank()) {
					String problem = IdCardNumber
						.problemWith(member.idCardNumber().strip().toUpperCase(java.util.Locale.ROOT));
					p.check(problem == null, f + "idCardNumber",
							problem == null ? "validation.idCard.format" : problem);
				}
				if (member.phone() != null && !member.phone().isBlank()) {
					p.check(PhoneNumber.normalize(member.phone()) != null, f + "phone", "validation.phone.format");
				}
			}
			List<Car> c = cars();
			p.check(c.size() <= MAX_LINES, "cars", "movein.tooMany", MAX_LINES);
			for (int i = 0; i < Math.min(c.size(), MAX_LINES); i++) {
				Car car = c.get(i);
				String f = "cars[" + i + "].";
				if (car.plate() == null || car.plate().isBlank()) {
					p.add(f + "plate", "validation.required");
				}
				else {
					p.check(PlateNumber.isValid(PlateNumber.normalize(car.plate())), f + "plate",
							"validation.plate.format");
				}
				p.optionalText(f + "brand", car.brand(), 50);
				p.optionalText(f + "colour", car.colour(), 20);
			}
			p.throwIfAny();
		}

		@Override
		public List<Member> members() {
			return members == null ? List.of() : members;
		}

		@Override
		public List<Car> cars() {
			return cars == null ? List.of() : cars;
		}

	}

	/**
	 * The keys, cards and handsets of the register handed to the applicant (at least a
	 * key), and the two handbooks (R8.2).
	 */
	@NamedInterface("api")
	public record HandOutItems(@Nullable List<Long> itemIds, boolean residentHandbook, boolean renovationHandbook) {

		void validate() {
			Problems p = new Problems();
			p.check(itemIds != null && !itemIds.isEmpty(), "itemIds", "validation.required");
			p.check(itemIds == null || itemIds.size() <= 20, "itemIds", "movein.tooMany", 20);
			p.throwIfAny();
		}

	}

	/** The agreements signed (all of {@link Agreement} are needed). */
	public record SignAgreements(@Nullable Set<Agreement> agreements) {
	}

	/** The unit is handed over on this day; {@code movingIn}: the owner lives there. */
	@NamedInterface("api")
	public record Complete(@Nullable LocalDate handoverDate, boolean movingIn) {

		void validate() {
			new Problems().required("handoverDate", handoverDate).throwIfAny();
		}

	}

}
