package com.guanjia.residents.web;

import java.util.List;

import com.guanjia.residents.Gender;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.PersonalDataAccess;
import com.guanjia.residents.ResidentManagement;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.ResidentView;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Persons and companies as JSON (R1.3): lists masked, details whole only for roles that
 * may see them.
 */
@RestController
@RequestMapping("/api/residents")
@Tag(name = "residents", description = "Owners, tenants and household members: persons and companies (R1.3)")
class ResidentApiController {

	private final ResidentManagement residents;

	ResidentApiController(ResidentManagement residents) {
		this.residents = residents;
	}

	record ResidentRequest(@Nullable Long communityId, @Nullable PartyKind kind, @Nullable String name,
			@Nullable Gender gender, @Nullable String idCardNumber, @Nullable List<String> phones,
			@Nullable String creditCode, @Nullable String contactName, @Nullable String notes,
			@Nullable Integer version) {

		PartyCommand toCommand() {
			return new PartyCommand(kind, name, gender, idCardNumber, phones, creditCode, contactName, notes);
		}

	}

	@GetMapping
	@Operation(summary = "A page of a community's residents; q matches a name or a phone fragment; masked")
	ResultPage<ResidentSummary> list(@RequestParam long communityId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return residents.list(communityId, q, ResultPage.Request.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A resident; ID number and phones whole only for roles that may see them, and such a read "
			+ "is audited with the optional reason")
	ResidentView get(@PathVariable long id, @RequestParam(required = false) @Nullable String reason) {
		return residents.get(id, reason);
	}

	@GetMapping("/{id}/access-log")
	@Operation(summary = "Who read this person's unmasked data and who downloaded documents of their units' "
			+ "archives, newest first (roles that may read the audit log)")
	List<PersonalDataAccess> accessLog(@PathVariable long id) {
		return residents.accessLog(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResidentView create(@RequestBody ResidentRequest request) {
		return residents.register(ValidationException.required("communityId", request.communityId()),
				request.toCommand());
	}

	@PutMapping("/{id}")
	ResidentView update(@PathVariable long id, @RequestBody ResidentRequest request) {
		return residents.update(id, ValidationException.required("version", request.version()), request.toCommand());
	}

}
