package com.guanjia.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.guanjia.shared.IdCardNumber;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A person or company as staff enter it (R1.3). A person has a name of at most 50
 * characters, an optional gender, a Chinese ID-card number (GB 11643; required for
 * owners, optional for children and other household members) and phones (at least one for
 * owners and tenants). A company has a name, its unified social credit code and a contact
 * person.
 */
@NamedInterface("api")
public record PartyCommand(@Nullable PartyKind kind, @Nullable String name, @Nullable Gender gender,
		@Nullable String idCardNumber, @Nullable List<String> phones, @Nullable String creditCode,
		@Nullable String contactName, @Nullable String notes) {

	static final int MAX_PHONES = 5;

	/**
	 * Letters of any script (汉字, Latin), combining marks, the middle dot of minority
	 * names, spaces.
	 */
	private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}·•. \\-]+");

	public static PartyCommand person(String name, @Nullable String idCardNumber, String... phones) {
		return new PartyCommand(PartyKind.PERSON, name, null, idCardNumber, List.of(phones), null, null, null);
	}

	public static PartyCommand company(String name, String creditCode, @Nullable String contactName, String... phones) {
		return new PartyCommand(PartyKind.COMPANY, name, null, null, List.of(phones), creditCode, contactName, null);
	}

	/**
	 * Field checks; {@code prefix} names the object in a nested request ("party.",
	 * "newOwners[0].party."). {@code role} adds what that role needs (an owner's ID
	 * number, an owner's or tenant's phone).
	 */
	void validate(Problems p, String prefix, @Nullable OccupantRole role) {
		p.required(prefix + "kind", kind);
		if (kind == PartyKind.COMPANY) {
			p.text(prefix + "name", name, 100);
			if (isBlank(creditCode)) {
				p.add(prefix + "creditCode", "validation.required");
			}
			else {
				String problem = UnifiedSocialCreditCode.problemWith(normalizedCreditCode());
				p.check(problem == null, prefix + "creditCode", problem == null ? "" : problem);
			}
			p.optionalText(prefix + "contactName", contactName, 50);
			p.check(isBlank(idCardNumber), prefix + "idCardNumber", "resident.company.noIdCard");
		}
		else if (kind == PartyKind.PERSON) {
			p.text(prefix + "name", name, 50);
			if (!isBlank(name) && name.length() <= 50) {
				p.check(PERSON_NAME.matcher(name.strip()).matches(), prefix + "name", "validation.person.name");
			}
			if (isBlank(idCardNumber)) {
				p.check(role != OccupantRole.OWNER, prefix + "idCardNumber", "resident.owner.idCardRequired");
			}
			else {
				String problem = IdCardNumber.problemWith(normalizedIdCard());
				p.check(problem == null, prefix + "idCardNumber", problem == null ? "" : problem);
			}
			p.check(isBlank(creditCode), prefix + "creditCode", "resident.person.noCreditCode");
			p.check(isBlank(contactName), prefix + "contactName", "resident.person.noContact");
		}
		validatePhones(p, prefix, role);
		p.optionalText(prefix + "notes", notes, 500);
	}

	private void validatePhones(Problems p, String prefix, @Nullable OccupantRole role) {
		int given = 0;
		List<String> list = phones == null ? List.of() : phones;
		for (int i = 0; i < list.size(); i++) {
			String phone = list.get(i);
			if (isBlank(phone)) {
				continue;
			}
			given++;
			p.check(PhoneNumber.normalize(phone) != null, prefix + "phones[" + i + "]", "validation.phone.format");
		}
		p.check(given <= MAX_PHONES, prefix + "phones", "validation.phones.tooMany", MAX_PHONES);
		if (given == 0 && (role == OccupantRole.OWNER || role == OccupantRole.TENANT)) {
			p.add(prefix + "phones", "resident.phoneRequired");
		}
	}

	String strippedName() {
		return name.strip();
	}

	@Nullable String normalizedIdCard() {
		return isBlank(idCardNumber) ? null : idCardNumber.strip().toUpperCase(Locale.ROOT);
	}

	@Nullable String normalizedCreditCode() {
		return isBlank(creditCode) ? null : UnifiedSocialCreditCode.normalize(creditCode);
	}

	/** Valid phones, normalized, without repeats, in the order given. */
	List<String> normalizedPhones() {
		List<String> result = new ArrayList<>();
		if (phones != null) {
			for (String phone : phones) {
				String n = isBlank(phone) ? null : PhoneNumber.normalize(phone);
				if (n != null && !result.contains(n)) {
					result.add(n);
				}
			}
		}
		return result;
	}

	/** The gender given, or the one the ID number encodes (odd 17th digit: male). */
	@Nullable Gender effectiveGender() {
		String id = normalizedIdCard();
		if (gender != null || kind != PartyKind.PERSON || id == null || IdCardNumber.problemWith(id) != null) {
			return kind == PartyKind.PERSON ? gender : null;
		}
		return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	@Nullable String strippedContactName() {
		return isBlank(contactName) ? null : contactName.strip();
	}

	@Nullable String strippedNotes() {
		return isBlank(notes) ? null : notes.strip();
	}

	static boolean isBlank(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
