package com.guanjia.residents.web;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.residents.Gender;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.ResidentView;
import org.jspecify.annotations.Nullable;

/**
 * The person/company fields of the console's forms (a bean, so a page can re-show what
 * was typed).
 */
public class PartyForm {

	private PartyKind kind = PartyKind.PERSON;

	private @Nullable String name;

	private @Nullable Gender gender;

	private @Nullable String idCardNumber;

	private List<String> phones = new ArrayList<>(List.of("", ""));

	private @Nullable String creditCode;

	private @Nullable String contactName;

	private @Nullable String notes;

	private int version;

	static PartyForm of(ResidentView r) {
		PartyForm form = new PartyForm();
		form.kind = r.kind();
		form.name = r.name();
		form.gender = r.gender();
		form.idCardNumber = r.idCardMasked() ? null : r.idCardNumber();
		form.phones = new ArrayList<>(r.phonesMasked() ? List.of() : r.phones());
		while (form.phones.size() < 2) {
			form.phones.add("");
		}
		form.creditCode = r.creditCode();
		form.contactName = r.contactName();
		form.notes = r.notes();
		form.version = r.version();
		return form;
	}

	PartyCommand toCommand() {
		boolean company = kind == PartyKind.COMPANY;
		return new PartyCommand(kind, name, company ? null : gender, company ? null : idCardNumber, phones,
				company ? creditCode : null, company ? contactName : null, notes);
	}

	/** Whether nothing was typed (an optional second owner left empty). */
	boolean isEmpty() {
		return blank(name) && blank(idCardNumber) && blank(creditCode) && phones.stream().allMatch(PartyForm::blank);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	public PartyKind getKind() {
		return kind;
	}

	public void setKind(PartyKind kind) {
		this.kind = kind;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable Gender getGender() {
		return gender;
	}

	public void setGender(@Nullable Gender gender) {
		this.gender = gender;
	}

	public @Nullable String getIdCardNumber() {
		return idCardNumber;
	}

	public void setIdCardNumber(@Nullable String idCardNumber) {
		this.idCardNumber = idCardNumber;
	}

	public List<String> getPhones() {
		return phones;
	}

	public void setPhones(List<String> phones) {
		this.phones = phones;
	}

	public @Nullable String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(@Nullable String creditCode) {
		this.creditCode = creditCode;
	}

	public @Nullable String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
