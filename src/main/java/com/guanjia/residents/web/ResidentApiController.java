package com.guanjia.residents.web;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.residents.Gender;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.PersonalDataAccess;
import com.guanjia.residents.ResidentManagement;
import com.guanjia.residents.ResidentRetirements;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.ResidentView;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

	private final ResidentRetirements retirements;

	ResidentApiController(ResidentManagement residents, ResidentRetirements retirements) {
		this.residents = residents;
		this.retirements = retirements;
	}

	/**
	 * Since when (blank: today in the community's zone) and why a resident is retired.
	 * The schema name in the OpenAPI document (another class is named RetireRequest).
	 */
	@Schema(name = "ResidentRetireRequest")
	record RetireRequest(@Nullable LocalDate retiredOn, @Nullable String reason) {
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
	@Operation(summary = "A page of a community's residents; q matches a name or a phone fragment; masked; "
			+ "retired ones only with includeRetired")
	ResultPage<ResidentSummary> list(@RequestParam long communityId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		return residents.list(communityId, q, includeRetired, ResultPage.Request.of(page, size));
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

	@PostMapping("/{id}/retire")
	@Operation(summary = "Retire a resident who is no longer the current owner, tenant or household member of any "
			+ "unit: they leave lists, search and pickers and stay in history")
	ResidentView retire(@PathVariable long id, @RequestBody RetireRequest request) {
		return retirements.retire(id, request.retiredOn(), request.reason());
	}

	@PostMapping("/{id}/reinstate")
	@Operation(summary = "Bring a retired resident back into service")
	ResidentView reinstate(@PathVariable long id) {
		return retirements.reinstate(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a resident nothing refers to; 409 naming the references otherwise")
	void delete(@PathVariable long id) {
		retirements.delete(id);
	}

}
