package com.guanjia.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Records the statements and commits that go to the database while it is on, by thread,
 * so a bench can show what one request costs in round trips. Wraps the application's
 * {@link DataSource} (add {@link #initializer()} to the application); off, it only
 * forwards calls.
 */
final class SqlTrace {

	record Entry(String thread, String what) {
	}

	private static volatile boolean on;

	private static final List<Entry> ENTRIES = new ArrayList<>();

	private SqlTrace() {
	}

	static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource ds ? wrap(ds) : bean;
			}
		});
	}

	static void start() {
		synchronized (ENTRIES) {
			ENTRIES.clear();
		}
		on = true;
	}

	static List<Entry> stop() {
		on = false;
		synchronized (ENTRIES) {
			return List.copyOf(ENTRIES);
		}
	}

	private static void record(String what) {
		if (on) {
			synchronized (ENTRIES) {
				ENTRIES.add(new Entry(Thread.currentThread().getName(), what.replaceAll("\\s+", " ").strip()));
			}
		}
	}

	static DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection c
				? proxy(Connection.class, c, SqlTrace::connectionCall) : result);
	}

	private static Object connectionCall(Method method, Object[] args, Object result) {
		switch (method.getName()) {
			case "commit" -> record("COMMIT");
			case "rollback" -> record("ROLLBACK");
			default -> {
			}
		}
		if (result instanceof PreparedStatement ps && args != null && args.length > 0
				&& args[0] instanceof String sql) {
			return proxy(PreparedStatement.class, ps, (m, a, r) -> {
				if (m.getName().startsWith("execute")) {
					record(sql);
				}
				return r;
			});
		}
		if (result instanceof Statement st) {
			return proxy(Statement.class, st, (m, a, r) -> {
				if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
					record(sql);
				}
				return r;
			});
		}
		return result;
	}

	interface After {

		Object apply(Method method, Object[] args, Object result) throws Exception;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (p, method, args) -> {
			if (method.getName().equals("unwrap") && args[0] == type) {
				return target;
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return after.apply(method, args, result);
		};
		return (T) Proxy.newProxyInstance(SqlTrace.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
