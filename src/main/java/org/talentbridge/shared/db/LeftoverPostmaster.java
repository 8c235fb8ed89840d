package org.talentbridge.shared.db;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data directory by an application that was killed ({@code kill -9}): its
 * postmaster outlives the JVM. Before a new server starts, {@link #clear} finds it through {@code postmaster.pid}
 * (its process, that process being a {@code postgres}, and that postgres working on this data directory), and stops
 * it cleanly (fast shutdown: open transactions roll back, committed data stays). A {@code postmaster.pid} whose
 * process is gone, or is some other program, is stale and removed.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    /** zonky's lock file: held by the JVM that runs the server on this directory, released when that JVM dies. */
    static final String LOCK_FILE = "epg-lock";
    private static final String SIGINT = "INT";
    private static final String SIGQUIT = "QUIT";
    private static final Duration KILL_COMMAND_TIMEOUT = Duration.ofSeconds(5);

    private LeftoverPostmaster() {
    }

    /**
     * Makes the data directory free for a new server.
     *
     * @throws IllegalStateException when another running application uses the directory, or the leftover server
     *                               does not stop within the timeout
     */
    static void clear(Path dataDirectory, Duration stopTimeout) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        ensureNoLiveOwner(dataDirectory);
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.warn("Removing stale {} (process {} is gone) in {}", PID_FILE, pid.map(String::valueOf).orElse("?"), dataDirectory);
            delete(pidFile);
            return;
        }
        ProcessHandle p = process.get();
        Optional<Boolean> ours = isPostgresOn(p, dataDirectory);
        if (ours.isEmpty()) {
            // cannot tell: leave the file; PostgreSQL's own interlock then refuses or accepts the start
            log.warn("{} names process {}, which cannot be inspected; leaving it to PostgreSQL", PID_FILE, p.pid());
            return;
        }
        if (!ours.get()) {
            log.warn("Removing stale {} in {}: process {} is another program", PID_FILE, dataDirectory, p.pid());
            delete(pidFile);
            return;
        }
        log.warn("A PostgreSQL server (process {}) is still running on {}, left by an application that did not stop;"
                + " stopping it before starting a new one", p.pid(), dataDirectory);
        stop(p, stopTimeout);
        if (Files.exists(pidFile)) {
            delete(pidFile);
        }
        log.info("The leftover PostgreSQL server (process {}) has stopped", p.pid());
    }

    /** Refuses when the JVM that started the server on this directory is still running (it holds zonky's lock). */
    private static void ensureNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
             FileLock lock = out.getChannel().tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + lockFile, e);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The embedded PostgreSQL data directory " + dataDirectory
                + " is in use by another running application; stop it or set app.embedded-db.data-directory");
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a postgres working on this data directory; empty when that cannot be told. */
    private static Optional<Boolean> isPostgresOn(ProcessHandle p, Path dataDirectory) {
        Optional<String> command = p.info().command();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        String name = Path.of(command.get()).getFileName().toString();
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return Optional.of(false);
        }
        Path dir = realPath(dataDirectory);
        // the postmaster runs in its data directory (Linux shows it as /proc/<pid>/cwd) and was given it with -D
        Path cwd = Path.of("/proc", Long.toString(p.pid()), "cwd");
        if (Files.isSymbolicLink(cwd)) {
            try {
                return Optional.of(realPath(Files.readSymbolicLink(cwd)).equals(dir));
            } catch (IOException e) {
                // fall through to the arguments
            }
        }
        Optional<String[]> args = p.info().arguments();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String[] a = args.get();
        for (int i = 0; i < a.length - 1; i++) {
            if (a[i].equals("-D") && realPath(Path.of(a[i + 1])).equals(dir)) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    /** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT) if it is not done in time. */
    private static void stop(ProcessHandle p, Duration timeout) {
        if (signal(p, SIGINT) && waitFor(p, timeout)) {
            return;
        }
        log.warn("PostgreSQL process {} did not stop within {}; asking for an immediate shutdown", p.pid(), timeout);
        if (!signal(p, SIGQUIT)) {
            p.destroy();
        }
        if (!waitFor(p, timeout)) {
            throw new IllegalStateException("The PostgreSQL server left running (process " + p.pid()
                    + ") does not stop; stop it by hand and start again");
        }
    }

    private static boolean signal(ProcessHandle p, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(p.pid())).redirectErrorStream(true).start();
            return kill.waitFor(KILL_COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false; // no kill command (Windows): the caller falls back to ProcessHandle.destroy
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
