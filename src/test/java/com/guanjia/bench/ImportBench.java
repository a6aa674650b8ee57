package com.guanjia.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.imports.EstateImport;
import com.guanjia.imports.ImportReport;
import com.guanjia.imports.LargeSheets;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 9 item 5: the heap one large spreadsheet import costs. Writes a sheet of 100,000
 * units with an owner each (name, ID number, mobile; about 4 MB), starts the application
 * on a fresh embedded PostgreSQL and imports it through {@link EstateImport#importFile}
 * (streamed read, every row checked, all saved in one transaction), after a warm-up
 * import of 1,000 rows. Reports the heap in use above the idle application (sampled every
 * 2 ms; an upper bound, since it counts garbage not yet collected), the bytes the import
 * thread allocated, and the time.
 *
 * <pre>MAVEN_OPTS=-Xmx320m mvn -q -Pbench test-compile exec:java -Dbench=ImportBench [-Drows=100000]</pre>
 */
public final class ImportBench {

	public static void main(String[] args) throws Exception {
		int rows = BenchSupport.intProperty("rows", 100_000);
		Path sheet = LargeSheets.write(rows, true);
		Path warm = LargeSheets.write(1_000, true);
		try (ConfigurableApplicationContext app = EstateBench.start()) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(EstateBench.ROOT, null,
					EstateBench.ROOT.getAuthorities()));
			SecurityContextHolder.setContext(context);
			CommunityManagement communities = app.getBean(CommunityManagement.class);
			EstateImport imports = app.getBean(EstateImport.class);
			long warmup = communities
				.create(new CommunityCommand("W", "预热小区", null, "Asia/Shanghai", new BigDecimal("1.20")))
				.id();
			long community = communities
				.create(new CommunityCommand("I", "导入小区", null, "Asia/Shanghai", new BigDecimal("1.20")))
				.id();
			try (InputStream in = Files.newInputStream(warm)) {
				imports.importFile(warmup, in);
			}

			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			for (int i = 0; i < 3; i++) {
				System.gc();
			}
			long idle = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(idle);
			// The heap sampled every 2 ms on a timer thread of its own.
			ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "heap-sampler");
				t.setDaemon(true);
				return t;
			});
			sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
					0, 2, TimeUnit.MILLISECONDS);
			var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
			long thread = Thread.currentThread().getId();
			long allocatedBefore = threads.getThreadAllocatedBytes(thread);
			long t0 = System.nanoTime();
			ImportReport report;
			try (InputStream in = Files.newInputStream(sheet)) {
				report = imports.importFile(community, in);
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
			sampler.shutdownNow();
			sampler.awaitTermination(1, TimeUnit.SECONDS);
			double mb = 1024 * 1024;
			System.out.printf("sheet: %d rows with owners, %s MB%n", rows, BenchSupport.format(Files.size(sheet) / mb));
			System.out.printf("imported: %s, units %d, owners %d, problems %d%n", report.imported(), report.units(),
					report.owners(), report.problems().size());
			report.problems().stream().limit(3).forEach(p -> System.out.println("problem: " + p));
			System.out.printf("max heap (-Xmx): %s MB; idle application after GC: %s MB%n",
					BenchSupport.format(Runtime.getRuntime().maxMemory() / mb), BenchSupport.format(idle / mb));
			System.out.printf("peak heap in use during the import, above idle: %s MB%n",
					BenchSupport.format((peak.get() - idle) / mb));
			System.out.printf("allocated by the import thread: %s MB; time %s s%n", BenchSupport.format(allocated / mb),
					BenchSupport.format(seconds));
		}
		finally {
			Files.deleteIfExists(sheet);
			Files.deleteIfExists(warm);
		}
	}

}
