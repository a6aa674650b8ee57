package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.guanjia.GuanjiaApplication;
import com.guanjia.platform.db.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 2 item 2: with SPRING_DATASOURCE_URL set, Guanjia uses that PostgreSQL server
 * instead of starting its own, and Flyway builds the schema there. The "external" server
 * here is the test suite's embedded one, reached only through an ordinary JDBC URL on a
 * database of its own.
 */
class ExternalDatabaseTests {

	@Test
	void usesTheServerNamedBySpringDatasourceUrl() throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start("", false);
		server.ensureDatabase("external_db");
		String url = server.jdbcUrl("external_db");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GuanjiaApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=" + server.password(), "--guanjia.demo.enabled=false",
				"--logging.level.root=warn", "--spring.main.banner-mode=off",
				// An external database needs the keys of the ID numbers configured (issue
				// 9 item 15).
				"--guanjia.crypto.key=q1Kq0zJr0wN7cQ4mWc9r3i0nYcX1r8v9cU6kq0l5N5o=",
				"--guanjia.crypto.hash-key=Zl3o4t0Xh9mR2fP0vQy6u1Jb8Kc7W5sE2aT9gH4nL6k=")) {
			DataSource dataSource = app.getBean(DataSource.class);
			assertThat(dataSource).isInstanceOf(HikariDataSource.class);
			assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(url);
			try (Connection c = dataSource.getConnection();
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select current_database(), count(*) from staff")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("external_db");
				// The first administrator was created in the external database.
				assertThat(rs.getLong(2)).isEqualTo(1);
			}
		}
	}

}
