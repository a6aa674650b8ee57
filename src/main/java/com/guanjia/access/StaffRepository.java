package com.guanjia.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for staff accounts, their roles and assignments. */
@Repository
class StaffRepository {

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The columns of a signed-in staff member, roles included, for {@link #mapUser}: one
	 * query, not two.
	 */
	static final String USER_COLUMNS = """
			s.id, s.username, s.display_name, s.enabled,
			  array(select r.role from staff_role r where r.staff_id = s.id) as roles""";

	Optional<StaffUser> findUser(String username) {
		return jdbc.sql("select " + USER_COLUMNS + ", s.password_hash from staff s where s.username = ?")
			.param(username)
			.query((rs, i) -> mapUser(rs, rs.getString("password_hash")))
			.optional();
	}

	Optional<StaffUser> findUser(long staffId) {
		return jdbc.sql("select " + USER_COLUMNS + " from staff s where s.id = ?")
			.param(staffId)
			.query((rs, i) -> mapUser(rs, null))
			.optional();
	}

	static StaffUser mapUser(ResultSet rs, @Nullable String passwordHash) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) rs.getArray("roles").getArray()) {
			roles.add(Role.valueOf(role));
		}
		return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), passwordHash,
				roles, rs.getBoolean("enabled"));
	}

	List<Long> communityIds(long staffId) {
		return jdbc.sql("select community_id from staff_community where staff_id = ? order by community_id")
			.param(staffId)
			.query(Long.class)
			.list();
	}

	/** Staff matching the filter, with roles and assignments, in two queries. */
	List<StaffView> list(String where, Map<String, Object> params) {
		Map<Long, StaffView> byId = new LinkedHashMap<>();
		var spec = jdbc.sql("select s.id, s.username, s.display_name, s.phone, s.enabled, s.version from staff s "
				+ where + " order by s.username");
		for (var e : params.entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		spec.query(rs -> {
			byId.put(rs.getLong("id"),
					new StaffView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
							rs.getString("phone"), EnumSet.noneOf(Role.class), rs.getBoolean("enabled"),
							new ArrayList<>(), rs.getInt("version")));
		});
		if (byId.isEmpty()) {
			return List.of();
		}
		Long[] ids = byId.keySet().toArray(Long[]::new);
		jdbc.sql("select staff_id, role from staff_role where staff_id = any(?)").param(ids).query(rs -> {
			byId.get(rs.getLong(1)).roles().add(Role.valueOf(rs.getString(2)));
		});
		jdbc.sql("""
				select sc.staff_id, sc.community_id, sc.department_id, d.code from staff_community sc
				left join department d on d.community_id = sc.community_id and d.id = sc.department_id
				where sc.staff_id = any(?) order by sc.community_id""").param(ids).query(rs -> {
			byId.get(rs.getLong(1))
				.assignments()
				.add(new StaffView.Assignment(rs.getLong(2), (Long) rs.getObject(3), rs.getString(4)));
		});
		List<StaffView> result = new ArrayList<>();
		for (StaffView v : byId.values()) {
			result.add(new StaffView(v.id(), v.username(), v.displayName(), v.phone(), Set.copyOf(v.roles()),
					v.enabled(), List.copyOf(v.assignments()), v.version()));
		}
		return result;
	}

	Optional<StaffView> find(long id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return list("where s.id = :id", params).stream().findFirst();
	}

	List<DepartmentView> departments(long communityId) {
		return departments(List.of(communityId)).getOrDefault(communityId, List.of());
	}

	/** A department by id, if it belongs to one of the communities. */
	Optional<DepartmentView> department(long id, List<Long> communityIds) {
		return jdbc
			.sql("select " + DEPARTMENT_COLUMNS + " from department d where d.community_id = any(?) and d.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(StaffRepository::department)
			.optional();
	}

	/**
	 * The columns of a department with its shift leads (班长), in the order they were
	 * named.
	 */
	private static final String DEPARTMENT_COLUMNS = """
			d.id, d.community_id, d.code, d.name, d.lead_staff_id,
			  array(select l.staff_id from department_shift_lead l where l.community_id = d.community_id
			    and l.department_id = d.id order by l.staff_id) as shift_leads""";

	private static DepartmentView department(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Long[] shiftLeads = (Long[]) rs.getArray("shift_leads").getArray();
		return new DepartmentView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"),
				rs.getString("name"), (Long) rs.getObject("lead_staff_id"), List.of(shiftLeads));
	}

	/**
	 * Replaces the shift leads of a department (R3.6: 班长), each named once.
	 */
	void replaceShiftLeads(long communityId, long departmentId, List<Long> staffIds) {
		jdbc.sql("delete from department_shift_lead where community_id = ? and department_id = ?")
			.params(communityId, departmentId)
			.update();
		for (long staffId : staffIds) {
			jdbc.sql("insert into department_shift_lead (community_id, department_id, staff_id) values (?, ?, ?)")
				.params(communityId, departmentId, staffId)
				.update();
		}
	}

	/**
	 * Whether the staff member is enabled and works in that department of its community:
	 * who may lead it, as head or shift lead.
	 */
	boolean mayLead(long staffId, long communityId, long departmentId) {
		return jdbc.sql("""
				select exists (select 1 from staff s join staff_community sc on sc.staff_id = s.id
				where s.id = ? and s.enabled and sc.community_id = ? and sc.department_id = ?)""")
			.params(staffId, communityId, departmentId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Clears the lead of the departments {@code staffId} leads but may lead no longer —
	 * not enabled, or not assigned to that department of that community — and answers
	 * them as they were.
	 */
	List<DepartmentView> clearLeadsNoLongerEligible(long staffId) {
		return jdbc.sql("""
				update department d set lead_staff_id = null
				where d.lead_staff_id = ? and not exists (
				  select 1 from staff s join staff_community sc on sc.staff_id = s.id
				  where s.id = d.lead_staff_id and s.enabled and sc.community_id = d.community_id
				    and sc.department_id = d.id)
				returning d.id, d.community_id, d.code, d.name""")
			.param(staffId)
			.query((rs, i) -> new DepartmentView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"),
					rs.getString("name"), staffId, List.of()))
			.list();
	}

	/**
	 * Removes {@code staffId} as shift lead of the departments they may lead no longer
	 * (the rule of {@link #clearLeadsNoLongerEligible}) and answers those departments as
	 * they were.
	 */
	List<DepartmentView> clearShiftLeadsNoLongerEligible(long staffId) {
		return jdbc.sql("""
				with gone as (
				  delete from department_shift_lead l
				  where l.staff_id = ? and not exists (
				    select 1 from staff s join staff_community sc on sc.staff_id = s.id
				    where s.id = l.staff_id and s.enabled and sc.community_id = l.community_id
				      and sc.department_id = l.department_id)
				  returning l.community_id, l.department_id)
				select d.id, d.community_id, d.code, d.name, d.lead_staff_id from department d
				join gone g on g.community_id = d.community_id and g.department_id = d.id""")
			.param(staffId)
			.query((rs, i) -> new DepartmentView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"),
					rs.getString("name"), (Long) rs.getObject("lead_staff_id"), List.of(staffId)))
			.list();
	}

	/** The departments of the communities, by community, in one query. */
	Map<Long, List<DepartmentView>> departments(List<Long> communityIds) {
		Map<Long, List<DepartmentView>> byCommunity = new LinkedHashMap<>();
		jdbc.sql("select " + DEPARTMENT_COLUMNS
				+ " from department d where d.community_id = any(?) order by d.community_id, d.id")
			.param(communityIds.toArray(Long[]::new))
			.query(StaffRepository::department)
			.list()
			.forEach(d -> byCommunity.computeIfAbsent(d.communityId(), c -> new ArrayList<>()).add(d));
		return byCommunity;
	}

}
