package com.guanjia.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every console session and API token of a staff member, on every instance. */
@Component
class SessionTermination {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcClient jdbc;

	SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	void endAllOf(String username, long staffId) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
		jdbc.sql("update api_token set revoked = true where staff_id = ? and not revoked").param(staffId).update();
	}

}
