package com.guanjia.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey through the console in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code bin/test} installs them). The application runs on a
 * random port ({@link ServerTest}, one context shared by all such tests); a test method
 * takes a {@link Browser} parameter, a fresh browser profile that is closed after the
 * test, with a screenshot under {@code target/browser} when the test fails.
 * <p>
 * Tagged {@value #TAG}: {@code mvn verify} runs them with everything else;
 * {@code mvn test
 * -Dgroups=browser} runs only them, {@code -DexcludedGroups=browser} everything else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServerTest
@Tag(BrowserTest.TAG)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

	String TAG = "browser";

}
