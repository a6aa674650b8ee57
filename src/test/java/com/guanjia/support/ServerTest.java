package com.guanjia.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real, random port (Tomcat, not MockMvc), on the shared
 * embedded PostgreSQL with the test clock. For tests that need a real HTTP server:
 * browser journeys and the several-instances test. Every class with this annotation (or
 * {@link BrowserTest}) shares one Spring context; keep the configuration here, never per
 * class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag(GuanjiaTest.SPRING_TAG)
public @interface ServerTest {

}
