package org.talentbridge.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent by this JVM and by the PostgreSQL server the application uses (its postmaster and every backend
 * process, read from {@code /proc}), so that a benchmark can say where an operation's cost goes whatever else the
 * machine is running: wall-clock figures on a shared machine move with the load, CPU times per operation much less.
 * PostgreSQL must run on this machine (the embedded server, or one on 127.0.0.1); otherwise its column reads n/a.
 */
final class CpuTimes {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long postmaster;

    private CpuTimes(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server behind {@code jdbc}: the parent of this connection's backend process is the postmaster. */
    static CpuTimes of(JdbcTemplate jdbc) {
        try {
            Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
            String[] stat = stat(Path.of("/proc", String.valueOf(backend)));
            return new CpuTimes(stat == null ? -1 : Long.parseLong(stat[1]));
        } catch (RuntimeException notReadable) {
            return new CpuTimes(-1);
        }
    }

    /** CPU used so far: this JVM (all threads, JIT and GC included) and the database server's processes. */
    record Sample(long jvmNanos, long databaseNanos) {

        /** CPU per operation since {@code start}, for a report line. */
        String perOperation(int operations) {
            return String.format(Locale.ROOT, "CPU per operation: JVM %.2f ms, PostgreSQL %s", jvmNanos / 1e6 / operations,
                    databaseNanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f ms", databaseNanos / 1e6 / operations));
        }
    }

    Sample sample() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Sample(jvm, postmaster < 0 ? -1 : databaseNanos());
    }

    Sample since(Sample start) {
        Sample now = sample();
        return new Sample(now.jvmNanos() - start.jvmNanos(),
                start.databaseNanos() < 0 ? -1 : now.databaseNanos() - start.databaseNanos());
    }

    /** utime + stime of the postmaster and its children (exited backends are counted in its cutime/cstime). */
    private long databaseNanos() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String[] stat = stat(p);
                if (stat == null) {
                    continue;
                }
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                } else if (Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return (long) (ticks / TICKS_PER_SECOND * 1e9);
    }

    /** The fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, … */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
