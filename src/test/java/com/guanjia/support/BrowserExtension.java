package com.guanjia.support;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a {@link BrowserTest} method a {@link Browser} on the application's random port.
 * The browser is closed with the test's extension store; a failed test leaves a
 * screenshot first.
 */
class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ApplicationContext app = SpringExtension.getApplicationContext(context);
		String port = app.getEnvironment().getRequiredProperty("local.server.port");
		Browser browser = new Browser("http://localhost:" + port);
		// Closed (AutoCloseable) when the test method's store is closed, after every
		// other callback.
		context.getStore(NAMESPACE).put("browser", browser);
		return browser;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).get("browser", Browser.class);
		if (browser != null && context.getExecutionException().isPresent()) {
			browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getDisplayName().replaceAll("[^A-Za-z0-9_-]", "_"));
		}
	}

}
