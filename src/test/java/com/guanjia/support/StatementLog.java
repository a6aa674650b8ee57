package com.guanjia.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL statements the application itself runs while a piece of work runs on this
 * thread, as {@link JdbcTemplate} logs them at debug level (JdbcClient goes through it).
 * A test can then explain the service's real statement instead of one it wrote itself
 * (issue 15 item 5). Nothing in the application changes: the logger is turned up for the
 * call only, and its output does not reach the console.
 */
public final class StatementLog {

	private static final Pattern STATEMENT = Pattern.compile("Executing (?:prepared )?SQL (?:statement|query) \\[(.*)]",
			Pattern.DOTALL);

	private StatementLog() {
	}

	/** The statements {@code work} ran on the calling thread, in order. */
	public static List<String> of(Runnable work) {
		Logger logger = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
		Level level = logger.getLevel();
		boolean additive = logger.isAdditive();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		String thread = Thread.currentThread().getName();
		logger.addAppender(appender);
		logger.setAdditive(false);
		logger.setLevel(Level.DEBUG);
		try {
			work.run();
		}
		finally {
			logger.setLevel(level);
			logger.setAdditive(additive);
			logger.detachAppender(appender);
			appender.stop();
		}
		return appender.list.stream()
			.filter(e -> e.getThreadName().equals(thread))
			.map(e -> STATEMENT.matcher(e.getFormattedMessage()))
			.filter(Matcher::matches)
			.map(m -> m.group(1))
			.toList();
	}

	/**
	 * The statement with its {@code ?} placeholders numbered ({@code $1}, {@code $2} …),
	 * ready for {@code explain (generic_plan)}.
	 */
	public static String numbered(String sql) {
		StringBuilder out = new StringBuilder();
		int n = 0;
		boolean quoted = false;
		for (char c : sql.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == '?' && !quoted) {
				out.append('$').append(++n);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
