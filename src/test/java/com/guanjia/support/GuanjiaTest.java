package com.guanjia.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the shared embedded PostgreSQL, with MockMvc and the test
 * clock. All tests that use it share one Spring context (and one database), so each test
 * creates the community it works in. A test method may take a Spring Modulith
 * {@code Scenario} to publish an event or run a step and wait for its outcome.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@EnableScenarios
@Tag(GuanjiaTest.SPRING_TAG)
public @interface GuanjiaTest {

	/**
	 * The tag of every test that starts a Spring context ({@code @GuanjiaTest},
	 * {@code @ServerTest}, {@code @BrowserTest}); the mutation profile leaves them out
	 * and runs the plain unit tests only (docs/quality.md).
	 */
	String SPRING_TAG = "spring";

}
