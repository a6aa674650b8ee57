package com.guanjia.renovation;

import org.jspecify.annotations.Nullable;

/**
 * What the gate is told when it scans or types a worker's pass (R9.4): admitted or not,
 * why not (a message key), and the pass when it is known.
 */
public record GateAnswer(boolean admitted, @Nullable String refusal, @Nullable String message,
		@Nullable WorkerPassView pass) {
}
