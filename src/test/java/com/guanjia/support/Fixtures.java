package com.guanjia.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.estate.BuildingCommand;
import com.guanjia.estate.BuildingView;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.CommunityView;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the data a test needs through the modules' own services, as an administrator.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "secret-pass-1";

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));

	public static final StaffUser ROOT = new StaffUser(0, "test-root", "Test root", null, Set.of(Role.ADMIN), true);

	private final CommunityManagement communities;

	private final UnitManagement units;

	private final StaffManagement staff;

	Fixtures(CommunityManagement communities, UnitManagement units, StaffManagement staff) {
		this.communities = communities;
		this.units = units;
		this.staff = staff;
	}

	public static String unique(String prefix) {
		return prefix + SEQ.incrementAndGet();
	}

	/** Runs the work signed in as {@code user}, then restores the previous context. */
	public static <T> T as(StaffUser user, Callable<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void as(StaffUser user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

	public CommunityView community(String name) {
		return as(ROOT, () -> communities
			.create(new CommunityCommand(unique("T"), name, "测试路1号", "Asia/Shanghai", new BigDecimal("1.50"))));
	}

	public BuildingView building(long communityId, String code) {
		return as(ROOT, () -> units.createBuilding(communityId, new BuildingCommand(code, code + "栋", 18)));
	}

	public UnitView unit(long communityId, long buildingId, String entrance, String room, String area) {
		return as(ROOT, () -> units.register(communityId, new UnitCommand(buildingId, entrance, room,
				UnitKind.RESIDENCE, null, new BigDecimal(area), UnitState.OCCUPIED, LocalDate.of(2020, 6, 17))));
	}

	/**
	 * A staff account with the roles, working for the communities; returns the signed-in
	 * principal.
	 */
	public StaffUser staff(Role role, long... communityIds) {
		String username = unique("u");
		List<StaffCommand.AssignmentCommand> assignments = Arrays.stream(communityIds)
			.mapToObj(id -> new StaffCommand.AssignmentCommand(id, null))
			.toList();
		StaffView view = as(ROOT, () -> staff
			.create(new StaffCommand(username, "员工" + username, PASSWORD, null, Set.of(role), assignments)));
		return new StaffUser(view.id(), view.username(), view.displayName(), null, view.roles(), true);
	}

}
