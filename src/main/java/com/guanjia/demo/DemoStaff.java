package com.guanjia.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.access.DepartmentKind;
import com.guanjia.platform.security.Role;

/**
 * The demo logins, documented in the README. Every account has the password
 * {@link #PASSWORD}, which the password policy would refuse (a common word of this
 * product): the demo accounts are created with {@code StaffManagement.createDemoAccount},
 * which bypasses it and says so in the log. Never enable the demo data on a production
 * database.
 */
final class DemoStaff {

	static final String PASSWORD = "guanjia123";

	/** The username of 孙工, the lead of 阳光花园's engineering department (R3.6). */
	static final String ENGINEERING_LEAD = "englead";

	/** A demo account: which communities (1 = 阳光花园, 2 = 翠湖居) and department. */
	record Account(String username, String name, Role role, List<Integer> communities, DepartmentKind department) {
	}

	static final List<Account> ACCOUNTS = List.of(new Account("admin", "系统管理员", Role.ADMIN, List.of(), null),
			new Account("manager", "王经理", Role.MANAGER, List.of(1, 2), DepartmentKind.CUSTOMER_SERVICE),
			new Account("supervisor", "李主管", Role.SUPERVISOR, List.of(1), DepartmentKind.CUSTOMER_SERVICE),
			new Account("agent", "张客服", Role.AGENT, List.of(1), DepartmentKind.CUSTOMER_SERVICE),
			new Account("agent2", "赵客服", Role.AGENT, List.of(2), DepartmentKind.CUSTOMER_SERVICE),
			new Account("butler", "刘管家", Role.BUTLER, List.of(1), DepartmentKind.CUSTOMER_SERVICE),
			new Account("tech", "陈师傅", Role.TECHNICIAN, List.of(1), DepartmentKind.ENGINEERING),
			new Account("tech2", "周师傅", Role.TECHNICIAN, List.of(1), DepartmentKind.ENGINEERING),
			new Account(ENGINEERING_LEAD, "孙工", Role.SUPERVISOR, List.of(1), DepartmentKind.ENGINEERING),
			new Account("cashier", "吴收银", Role.CASHIER, List.of(1), DepartmentKind.CUSTOMER_SERVICE),
			new Account("finance", "钱会计", Role.FINANCE, List.of(1, 2), DepartmentKind.CUSTOMER_SERVICE),
			new Account("guard", "郑保安", Role.GUARD, List.of(1), DepartmentKind.SECURITY),
			new Account("guardlead", "冯班长", Role.SHIFT_LEAD, List.of(1), DepartmentKind.SECURITY));

	/**
	 * Mobiles (fictitious) of the staff the outbox texts: the manager and the supervisors
	 * receive escalations and complaints by SMS (R4.2), written to the log in the demo.
	 */
	static final Map<String, String> MOBILES = Map.of("manager", "13800000001", "supervisor", "13800000002",
			ENGINEERING_LEAD, "13800000003");

	static Set<Role> roles(Account account) {
		return Set.of(account.role());
	}

	private DemoStaff() {
	}

}
