package com.guanjia.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * CPU time spent by the server side of a bench phase, which moves far less with the load
 * of a shared machine than wall-clock figures do: the JVM threads that serve requests,
 * the JVM's other threads (everything but the bench's own client threads) and the
 * processes of the embedded PostgreSQL server (Linux {@code /proc}).
 */
final class CpuMeter {

	/**
	 * CPU nanoseconds at one moment: the threads that serve HTTP requests, the
	 * application's other threads (listeners…), the bench's clients, the JVM's own
	 * threads (garbage collector, JIT compiler: the process's CPU time less its Java
	 * threads'), and PostgreSQL.
	 */
	record Snapshot(long requestThreads, long otherThreads, long clientThreads, long jvmInternal, long postgres) {

		Snapshot minus(Snapshot earlier) {
			return new Snapshot(requestThreads - earlier.requestThreads, otherThreads - earlier.otherThreads,
					clientThreads - earlier.clientThreads, jvmInternal - earlier.jvmInternal,
					postgres - earlier.postgres);
		}

	}

	private static final long TICK_NANOS = 10_000_000L; // USER_HZ = 100 on Linux

	private final long postmaster;

	private CpuMeter(long postmaster) {
		this.postmaster = postmaster;
	}

	static CpuMeter of(DataSource dataSource) throws Exception {
		long backend;
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
			rs.next();
			backend = rs.getLong(1);
		}
		return new CpuMeter(stat(backend)[1]);
	}

	Snapshot snapshot() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long request = 0;
		long other = 0;
		long client = 0;
		for (long id : threads.getAllThreadIds()) {
			ThreadInfo info = threads.getThreadInfo(id);
			long cpu = threads.getThreadCpuTime(id);
			if (info == null || cpu < 0) {
				continue;
			}
			if (isClient(info.getThreadName())) {
				client += cpu;
			}
			else if (info.getThreadName().startsWith("http-nio")) {
				request += cpu;
			}
			else {
				other += cpu;
			}
		}
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new Snapshot(request, other, client, process - request - other - client, postgres());
	}

	/**
	 * The bench's own threads: HTTP clients, JDBC baseline threads and the main thread.
	 */
	static boolean isClient(String name) {
		return name.startsWith("pool-") || name.startsWith("HttpClient-") || name.contains(".main()")
				|| name.equals("main");
	}

	private long postgres() {
		long ticks = 0;
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			for (Path p : (Iterable<Path>) procs::iterator) {
				String name = p.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				long pid = Long.parseLong(name);
				long[] stat = stat(pid);
				if (stat != null && (pid == postmaster || stat[1] == postmaster)) {
					ticks += stat[2];
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks * TICK_NANOS;
	}

	/** pid, parent pid and utime + stime of a process, or null when it is gone. */
	private static long[] stat(long pid) {
		try {
			String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
			// after the command: state(0) ppid(1) … utime(11) stime(12)
			return new long[] { pid, Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]) };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
