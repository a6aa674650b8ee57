package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractors of a community (cleaning, greening, …) and their contracts with the
 * areas they cover (R11.4): plain records the supervisor keeps.
 */
@Service
@Transactional
@NamedInterface("api")
public class Contractors {

	@NamedInterface("api")
	public record NewContractor(@Nullable String name, @Nullable Trade trade, @Nullable String contactName,
			@Nullable String phone) {

		void validate() {
			Problems p = new Problems().text("name", name, 100).required("trade", trade);
			p.optionalText("contactName", contactName, 50);
			p.check(phone == null || phone.isBlank() || PhoneNumber.normalize(phone) != null, "phone",
					"validation.phone.format");
			p.throwIfAny();
		}

	}

	@NamedInterface("api")
	public record NewContract(@Nullable String number, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable BigDecimal monthlyFee, @Nullable List<Long> areaIds) {

		void validate() {
			Problems p = new Problems().text("number", number, 50).required("startsOn", startsOn);
			p.check(endsOn == null || startsOn == null || !endsOn.isBefore(startsOn), "endsOn",
					"inspection.contract.endsBeforeStart");
			p.check(monthlyFee != null && monthlyFee.signum() >= 0 && monthlyFee.scale() <= 2
					&& Money.inRange(monthlyFee), "monthlyFee", "inspection.amount");
			p.check(areaIds != null && !areaIds.isEmpty(), "areaIds", "inspection.contract.noAreas");
			p.throwIfAny();
		}

	}

	private final ContractorRepository contractors;

	private final SetupRepository setup;

	private final CommunityScope scope;

	private final AuditTrail audit;

	Contractors(ContractorRepository contractors, SetupRepository setup, CommunityScope scope, AuditTrail audit) {
		this.contractors = contractors;
		this.setup = setup;
		this.scope = scope;
		this.audit = audit;
	}

	public ContractorView create(long communityId, NewContractor command) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		command.validate();
		String phone = command.phone() == null || command.phone().isBlank() ? null
				: PhoneNumber.normalize(command.phone());
		long id = contractors.insert(communityId, command.name().strip(), command.trade(),
				blankToNull(command.contactName()), phone);
		if (id < 0) {
			throw ValidationException.of("name", "inspection.duplicate", command.name().strip());
		}
		audit.record(communityId, "inspection_contractor", id, "create", command.name().strip());
		return get(id);
	}

	public ContractorView addContract(long contractorId, NewContract command) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		ContractorView c = get(contractorId);
		command.validate();
		for (Long areaId : command.areaIds()) {
			if (areaId == null || setup.area(c.communityId(), areaId).isEmpty()) {
				throw ValidationException.of("areaIds", "inspection.area.unknown");
			}
		}
		long id = contractors.insertContract(c.communityId(), c.id(), command.number().strip(), command.startsOn(),
				command.endsOn(), command.monthlyFee(), command.areaIds().stream().distinct().toList());
		if (id < 0) {
			throw ValidationException.of("number", "inspection.duplicate", command.number().strip());
		}
		audit.record(c.communityId(), "inspection_contract", id, "create", c.name() + " " + command.number());
		return get(contractorId);
	}

	@Transactional(readOnly = true)
	public List<ContractorView> list(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return contractors.list(communityId);
	}

	/** A contractor the caller may see, or 404. */
	@Transactional(readOnly = true)
	public ContractorView get(long contractorId) {
		scope.require(Permission.INSPECTION_READ);
		return contractors.find(scope.allowedIds(), contractorId)
			.orElseThrow(() -> new NotFoundException("contractor", contractorId));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
