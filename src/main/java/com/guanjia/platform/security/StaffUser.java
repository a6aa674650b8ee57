package com.guanjia.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated staff member. Serializable because console sessions live in
 * PostgreSQL. Which communities the member works for is not kept here: it is read per
 * request, so a change of assignment takes effect at once on every instance.
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long staffId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final Set<Role> roles;

	private final boolean enabled;

	public StaffUser(long staffId, String username, String displayName, @Nullable String passwordHash, Set<Role> roles,
			boolean enabled) {
		this.staffId = staffId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
	}

	public long staffId() {
		return staffId;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffUser that && that.staffId == staffId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(staffId);
	}

	@Override
	public String toString() {
		return username;
	}

}
