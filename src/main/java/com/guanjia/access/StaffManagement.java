package com.guanjia.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts (R13): create, change roles and community assignments, disable. A change
 * that narrows someone's access ends their console sessions and API tokens at once, on
 * every instance; a lead who is disabled or leaves their department is cleared as lead
 * ({@link DepartmentLeads}).
 */
@Service
@Transactional
@NamedInterface("api")
public class StaffManagement {

	private static final Logger log = LoggerFactory.getLogger(StaffManagement.class);

	private final JdbcClient jdbc;

	private final StaffRepository staff;

	private final CommunityScope scope;

	private final CommunityDirectory communities;

	private final PasswordEncoder passwords;

	private final SessionTermination sessions;

	private final AuditTrail audit;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final AuthenticationManager authentication;

	private final DepartmentLeads leads;

	StaffManagement(JdbcClient jdbc, StaffRepository staff, CommunityScope scope, CommunityDirectory communities,
			PasswordEncoder passwords, SessionTermination sessions, AuditTrail audit, LoginThrottle throttle,
			Clock clock, AuthenticationManager authentication, DepartmentLeads leads) {
		this.authentication = authentication;
		this.leads = leads;
		this.jdbc = jdbc;
		this.staff = staff;
		this.scope = scope;
		this.communities = communities;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.throttle = throttle;
		this.clock = clock;
	}

	public StaffView create(StaffCommand command) {
		return create(command, true);
	}

	/**
	 * Creates a demo account, whose published password ({@code guanjia123}, in the
	 * README) the {@link PasswordPolicy} refuses for being a common word of this product.
	 * Only the demo data may call this; it says so in the log.
	 */
	public StaffView createDemoAccount(StaffCommand command) {
		log.warn("Demo account {} created with the published demo password, bypassing the password policy",
				command.username());
		return create(command, false);
	}

	private StaffView create(StaffCommand command, boolean passwordPolicy) {
		scope.require(Permission.STAFF_ADMIN);
		command.validate(true, command.username(), passwordPolicy);
		String username = command.username().strip();
		if (staff.findUser(username).isPresent()) {
			throw ValidationException.of("username", "staff.duplicateUsername", username);
		}
		long id = jdbc.sql("""
				insert into staff (username, display_name, password_hash, phone, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(username, command.displayName().strip(), passwords.encode(command.password()),
					normalizedPhone(command.phone()), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.single();
		writeRolesAndAssignments(id, command);
		StaffView created = get(id);
		audit.record(null, "staff", id, "create", describe(created));
		return created;
	}

	public StaffView update(long id, int version, StaffCommand command) {
		scope.require(Permission.STAFF_ADMIN);
		StaffView before = get(id);
		command.validate(false, before.username(), true);
		if (id == scope.staffId() && before.roles().contains(Role.ADMIN) && !command.roles().contains(Role.ADMIN)) {
			throw ValidationException.of("roles", "staff.cannotDemoteSelf");
		}
		int updated = jdbc.sql("""
				update staff set display_name = ?, phone = ?, version = version + 1 where id = ? and version = ?""")
			.params(command.displayName().strip(), normalizedPhone(command.phone()), id, version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		if (command.password() != null && !command.password().isBlank()) {
			jdbc.sql("update staff set password_hash = ? where id = ?")
				.params(passwords.encode(command.password()), id)
				.update();
		}
		jdbc.sql("delete from staff_role where staff_id = ?").param(id).update();
		jdbc.sql("delete from staff_community where staff_id = ?").param(id).update();
		writeRolesAndAssignments(id, command);
		StaffView after = get(id);
		if (!after.roles().equals(before.roles()) || !after.assignments().equals(before.assignments())
				|| (command.password() != null && !command.password().isBlank())) {
			sessions.endAllOf(before.username(), id);
		}
		audit.record(null, "staff", id, "update", describe(after));
		leads.clearWhereNoLongerEligible(after);
		return after;
	}

	/**
	 * The administrator sets a new password for someone who forgot theirs: it ends the
	 * member's sessions and API tokens and lifts a lock left by failed logins.
	 */
	public StaffView resetPassword(long id, @Nullable String password) {
		scope.require(Permission.STAFF_ADMIN);
		StaffView before = get(id);
		StaffCommand.checkPassword(password, before.username());
		jdbc.sql("update staff set password_hash = ?, version = version + 1 where id = ?")
			.params(passwords.encode(password), id)
			.update();
		sessions.endAllOf(before.username(), id);
		throttle.unlock(before.username());
		audit.record(null, "staff", id, "resetPassword", before.username());
		return get(id);
	}

	/**
	 * The signed-in staff member changes their own password (issue 9 item 10). The
	 * current password is checked like a login, through the login throttle from
	 * {@code clientAddress} (wrong: a validation error on {@code currentPassword}; too
	 * many tries: 429); the new one by the {@link PasswordPolicy}. Every session and
	 * token of the account ends, so the member signs in again with the new password.
	 * Audited.
	 */
	public void changeOwnPassword(PasswordChange change, String clientAddress) {
		StaffUser me = staff.findUser(scope.staffId()).orElseThrow(() -> new AccessDeniedException("no staff member"));
		change.validate(me.getUsername());
		UsernamePasswordAuthenticationToken check = UsernamePasswordAuthenticationToken
			.unauthenticated(me.getUsername(), change.currentPassword());
		check.setDetails(new WebAuthenticationDetails(clientAddress, null));
		try {
			authentication.authenticate(check);
		}
		catch (LoginThrottledException ex) {
			throw new TokenIssuer.LoginRefused(ex.retryAfter());
		}
		catch (AuthenticationException ex) {
			throw ValidationException.of("currentPassword", "validation.password.current");
		}
		jdbc.sql("update staff set password_hash = ?, version = version + 1 where id = ?")
			.params(passwords.encode(change.newPassword()), me.staffId())
			.update();
		sessions.endAllOf(me.getUsername(), me.staffId());
		audit.record(null, "staff", me.staffId(), "changePassword", me.getUsername());
	}

	/**
	 * Lifts the login restrictions of an account, from every address (issue 9 item 8):
	 * for an owner kept out by someone else's guesses. Audited.
	 */
	public StaffView unlockLogin(long id) {
		scope.require(Permission.STAFF_ADMIN);
		StaffView member = get(id);
		throttle.unlock(member.username());
		audit.record(null, "staff", id, "unlockLogin", member.username());
		return member;
	}

	/**
	 * Until when some logins of the account are refused by the throttle; empty when none
	 * is.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> loginRestrictedUntil(long id) {
		return throttle.restrictedUntil(get(id).username());
	}

	public StaffView setEnabled(long id, boolean enabled) {
		scope.require(Permission.STAFF_ADMIN);
		StaffView before = get(id);
		if (before.id() == scope.staffId() && !enabled) {
			throw ValidationException.of("enabled", "staff.cannotDisableSelf");
		}
		jdbc.sql("update staff set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
		if (!enabled) {
			sessions.endAllOf(before.username(), id);
		}
		audit.record(null, "staff", id, enabled ? "enable" : "disable", before.username());
		StaffView after = get(id);
		leads.clearWhereNoLongerEligible(after);
		return after;
	}

	@Transactional(readOnly = true)
	public StaffView get(long id) {
		scope.require(Permission.STAFF_ADMIN);
		return staff.find(id).orElseThrow(() -> new NotFoundException("staff", id));
	}

	/** Every account, for the administrator's list. */
	@Transactional(readOnly = true)
	public List<StaffView> list() {
		return list(null);
	}

	/**
	 * The accounts working for a community, or every account when {@code communityId} is
	 * null.
	 */
	@Transactional(readOnly = true)
	public List<StaffView> list(@Nullable Long communityId) {
		scope.require(Permission.STAFF_ADMIN);
		if (communityId == null) {
			return staff.list("", Map.of());
		}
		scope.require(communityId);
		return staff.list("""
				where exists (select 1 from staff_community sc where sc.staff_id = s.id and sc.community_id = :c)""",
				Map.of("c", communityId));
	}

	/**
	 * Enabled staff of a community with a role, optionally in one department: who can be
	 * dispatched, who is on the list of agents. Visible to any staff member of that
	 * community.
	 */
	@Transactional(readOnly = true)
	public List<StaffView> staffOf(long communityId, @Nullable Role role, @Nullable DepartmentKind department) {
		scope.require(communityId);
		Map<String, Object> params = new HashMap<>();
		params.put("c", communityId);
		params.put("role", role == null ? null : role.name());
		params.put("dept", department == null ? null : department.name());
		return staff.list("""
				where s.enabled and exists (select 1 from staff_community sc
				  left join department d on d.community_id = sc.community_id and d.id = sc.department_id
				  where sc.staff_id = s.id and sc.community_id = :c and (cast(:dept as text) is null or d.code = :dept))
				  and (cast(:role as text) is null or exists (select 1 from staff_role r where r.staff_id = s.id
				  and r.role = :role))""", params);
	}

	/**
	 * Enabled staff of a community with a role, or one enabled staff member of it, for
	 * system callers that address them (the outbox looks up their mobiles): no caller
	 * check, the community is explicit.
	 */
	@Transactional(readOnly = true)
	public List<StaffView> recipients(long communityId, @Nullable Role role, @Nullable Long staffId) {
		Map<String, Object> params = new HashMap<>();
		params.put("c", communityId);
		params.put("role", role == null ? null : role.name());
		params.put("id", staffId);
		return staff.list("""
				where s.enabled and exists (select 1 from staff_community sc where sc.staff_id = s.id
				  and sc.community_id = :c) and (cast(:id as bigint) is null or s.id = :id)
				  and (cast(:role as text) is null or exists (select 1 from staff_role r where r.staff_id = s.id
				  and r.role = :role))""", params);
	}

	/**
	 * The departments of a community; any staff member of that community may read them.
	 */
	@Transactional(readOnly = true)
	public List<DepartmentView> departments(long communityId) {
		scope.require(communityId);
		return staff.departments(communityId);
	}

	/**
	 * Names the lead of a department, or clears it with {@code null} (R3.6: the
	 * engineering lead inspects and signs off public-facility repairs; department tasks
	 * notify the lead). Only an administrator or a manager of the department's community
	 * may (DEPARTMENT_ADMIN, 403); a department outside the caller's communities is not
	 * found (404). The lead must be an enabled staff member assigned to that community
	 * and to that very department, else a validation error on {@code leadStaffId}.
	 */
	public DepartmentView setLead(long departmentId, @Nullable Long leadStaffId) {
		scope.require(Permission.DEPARTMENT_ADMIN);
		DepartmentView before = staff.department(departmentId, scope.allowedIds())
			.orElseThrow(() -> new NotFoundException("department", departmentId));
		if (leadStaffId != null && !staff.mayLead(leadStaffId, before.communityId(), before.id())) {
			throw ValidationException.of("leadStaffId", "department.lead.notInDepartment", leadStaffId);
		}
		jdbc.sql("update department set lead_staff_id = ? where community_id = ? and id = ?")
			.params(leadStaffId, before.communityId(), before.id())
			.update();
		audit.record(before.communityId(), "department", before.id(), leadStaffId == null ? "clearLead" : "setLead",
				before.code() + " lead " + before.leadStaffId() + " -> " + leadStaffId);
		return staff.department(departmentId, List.of(before.communityId())).orElseThrow();
	}

	/**
	 * Names the shift leads (班长) of a department, replacing those named before; an empty
	 * list clears them (R3.6: "由工程部長或班長分配工作任務，簽發《派工單》", so the engineering department may
	 * have several leads besides its head). The same callers and the same rule as
	 * {@link #setLead}: each must be an enabled member of that department, else a
	 * validation error on {@code shiftLeadStaffIds} naming the first who is not. Audited.
	 */
	public DepartmentView setShiftLeads(long departmentId, @Nullable List<Long> shiftLeadStaffIds) {
		scope.require(Permission.DEPARTMENT_ADMIN);
		DepartmentView before = staff.department(departmentId, scope.allowedIds())
			.orElseThrow(() -> new NotFoundException("department", departmentId));
		List<Long> wanted = shiftLeadStaffIds == null ? List.of()
				: shiftLeadStaffIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		new com.guanjia.shared.Problems()
			.check(wanted.size() <= 20, "shiftLeadStaffIds", "department.shiftLeads.tooMany", 20)
			.throwIfAny();
		for (long id : wanted) {
			if (!staff.mayLead(id, before.communityId(), before.id())) {
				throw ValidationException.of("shiftLeadStaffIds", "department.lead.notInDepartment", id);
			}
		}
		staff.replaceShiftLeads(before.communityId(), before.id(), wanted);
		audit.record(before.communityId(), "department", before.id(), "setShiftLeads",
				before.code() + " shift leads " + before.shiftLeadStaffIds() + " -> " + wanted);
		return staff.department(departmentId, List.of(before.communityId())).orElseThrow();
	}

	/**
	 * A community's department of a standard kind, for system callers that route work to
	 * it (an event listener raising an engineering task): no caller check, the community
	 * is explicit.
	 */
	@Transactional(readOnly = true)
	public Optional<DepartmentView> department(long communityId, DepartmentKind kind) {
		return staff.departments(communityId).stream().filter(d -> kind.name().equals(d.code())).findFirst();
	}

	/**
	 * The departments of every community the administrator may assign staff to, by
	 * community.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<DepartmentView>> assignableDepartments() {
		scope.require(Permission.STAFF_ADMIN);
		return staff.departments(scope.allowedIds());
	}

	/**
	 * The display name of a staff member, for timelines and lists; empty when unknown.
	 */
	@Transactional(readOnly = true)
	public Optional<String> displayName(long staffId) {
		return jdbc.sql("select display_name from staff where id = ?").param(staffId).query(String.class).optional();
	}

	/**
	 * The display name of a staff member by username (receipts name the cashier, R6.3);
	 * empty when unknown.
	 */
	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(String username) {
		return jdbc.sql("select display_name from staff where lower(username) = lower(?) order by id limit 1")
			.param(username)
			.query(String.class)
			.optional();
	}

	/**
	 * The display names of staff members by username, for lists that show who did each
	 * step (audit log, histories, dunning): one query for the whole list; a username not
	 * found (the system, a removed account) is absent from the answer.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> displayNamesOf(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, String> byLower = new HashMap<>();
		jdbc.sql("""
				select distinct on (lower(username)) lower(username), display_name from staff
				where lower(username) in (:names) order by lower(username), id""")
			.param("names", usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).distinct().toList())
			.query((rs, i) -> byLower.put(rs.getString(1), rs.getString(2)))
			.list();
		Map<String, String> names = new HashMap<>();
		for (String u : usernames) {
			String name = byLower.get(u.toLowerCase(Locale.ROOT));
			if (name != null) {
				names.put(u, name);
			}
		}
		return names;
	}

	/**
	 * Gives a new community its standard departments (called when a community is
	 * created).
	 */
	void createDefaultDepartments(long communityId, Map<DepartmentKind, String> names) {
		for (DepartmentKind kind : DepartmentKind.values()) {
			jdbc.sql("""
					insert into department (community_id, code, name) values (?, ?, ?)
					on conflict (community_id, code) do nothing""")
				.params(communityId, kind.name(), names.get(kind))
				.update();
		}
	}

	private void writeRolesAndAssignments(long id, StaffCommand command) {
		for (Role role : command.roles()) {
			jdbc.sql("insert into staff_role (staff_id, role) values (?, ?)").params(id, role.name()).update();
		}
		List<Long> known = communities.allIds();
		for (StaffCommand.AssignmentCommand a : command.assignmentsOrEmpty()) {
			if (!known.contains(a.communityId())) {
				throw ValidationException.of("assignments", "validation.community.unknown", a.communityId());
			}
			Long departmentId = null;
			if (a.departmentCode() != null && !a.departmentCode().isBlank()) {
				departmentId = jdbc.sql("select id from department where community_id = ? and code = ?")
					.params(a.communityId(), a.departmentCode())
					.query(Long.class)
					.optional()
					.orElseThrow(() -> ValidationException.of("assignments", "validation.department.unknown",
							a.departmentCode()));
			}
			jdbc.sql("""
					insert into staff_community (staff_id, community_id, department_id) values (?, ?, ?)
					on conflict (staff_id, community_id) do update set department_id = excluded.department_id""")
				.params(id, a.communityId(), departmentId)
				.update();
		}
	}

	/** What an audit entry says about an account: its roles and where it works. */
	private static String describe(StaffView view) {
		List<String> roles = view.roles().stream().map(Role::name).sorted().toList();
		List<String> places = view.assignments()
			.stream()
			.map(a -> a.communityId() + (a.departmentCode() == null ? "" : "/" + a.departmentCode()))
			.toList();
		return view.username() + " roles=" + roles + " communities=" + places;
	}

	private static String normalizedPhone(String phone) {
		return phone == null || phone.isBlank() ? null : PhoneNumber.normalize(phone);
	}

}
