package com.guanjia.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real, random port (Tomcat, not MockMvc), on the shared embedded
 * PostgreSQL with the test clock. For tests that need a real HTTP server: browser journeys and the
 * several-instances test. Every class with this annotation (or {@link BrowserTest}) shares one
 * Spring context; keep the configuration here, never per class.
 * <p>
 * It does not republish unfinished event publications at start: the other test context shares the
 * database and may be handling them right now (what several production instances would do too).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = ServerTest.NO_REPUBLISH_ON_START)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public @interface ServerTest {

	/** A second instance must not re-run listeners another instance is running. */
	String NO_REPUBLISH_ON_START = "spring.modulith.republish-outstanding-events-on-restart=false";

}
