package com.guanjia.platform.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (or the value {@code embedded}) Guanjia runs on
 * an embedded PostgreSQL 17; with {@code SPRING_DATASOURCE_URL} set, Spring Boot's own
 * data source points at that server instead and this configuration stays out of the way.
 * <p>
 * {@code guanjia.embedded-db.durable} is {@code true} unless a test or benchmark turns it
 * off on purpose (issue 9 item 1): every commit reaches the disk before it is answered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean
	DataSource dataSource(@Value("${guanjia.embedded-db.data-dir:}") String dataDir,
			@Value("${guanjia.embedded-db.database:guanjia}") String database,
			@Value("${guanjia.embedded-db.pool-size:20}") int poolSize,
			@Value("${guanjia.embedded-db.durable:true}") boolean durable) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, durable);
		server.ensureDatabase(database);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.jdbcUrl(database));
		config.setUsername(EmbeddedPostgresServer.SUPERUSER);
		config.setPassword(server.password());
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("guanjia-embedded");
		return new HikariDataSource(config);
	}

}
