package com.guanjia.scheduling;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;

/**
 * Work that runs on a fixed delay, each execution on exactly one instance however many
 * share the database. Declare it as a bean: the scheduling module's one db-scheduler
 * {@code Scheduler} runs every such bean as a recurring task named {@link #name()} (a row
 * in {@code scheduled_tasks}).
 */
@NamedInterface("api")
public interface RecurringJob {

	/** The task's name, unique and stable across releases: it keys the task's row. */
	String name();

	/** The delay from the end of one execution to the start of the next. */
	Duration interval();

	void run();

}
