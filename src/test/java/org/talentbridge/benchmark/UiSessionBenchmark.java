package org.talentbridge.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a signed-in Vaadin UI session costs the server (issue 19): the packaged jar ({@code target/*.jar}, Vaadin in
 * production mode, built by {@code mvn -o -q -DskipTests package}) is started by this benchmark as a JVM of its own on
 * an embedded database of its own with the demo accounts, and a real headless Chromium (Selenium) repeats the cycle
 * "sign in through the login form, the main screen, one more screen from the side navigation, sign out" as the demo
 * applicant (profile, my cases) and the demo reviewer (inbox, notifications) in turn.
 * <p>
 * The server's CPU of a cycle is read from {@code /proc/<pid>/stat} (user + system time of the whole server JVM: its
 * GC and JIT included, the browser and this client not), after a warm-up. The live heap of an open session: K tabs
 * signed in at once, each on its own loopback address (127.0.0.2, .3, …, so each has its own cookie and session) and
 * left on its main screen; a full GC ({@code jcmd GC.run}) before and after, the difference ÷ K. Then a JFR profile
 * ({@code jcmd JFR.start settings=profile}) of further cycles, aggregated by frame. Writes
 * {@code target/benchmark-ui.txt} and {@code target/benchmark-ui-profile.txt} (the recording: {@code target/ui-session.jfr}).
 * <p>
 * {@code mvn -o -Pbenchmark test -Dtest=UiSessionBenchmark} ({@code -Dbenchmark.ui.cycles=N} (60),
 * {@code .warmup} (20), {@code .sessions} (20), {@code .profileCycles} (40), {@code .port} (18291), {@code .jar} (another jar,
 * an earlier build say)). The classes the open sessions grew by: {@code target/benchmark-ui-heap.txt}. Not a timed test.
 * <p>
 * Over 300 lines: one benchmark whose phases (cycles, open sessions' heap, profile) share the server it
 * starts and the browser cycle; split up, each part would need the server's process and database handed around.
 */
@Tag("benchmark")
class UiSessionBenchmark {

    private static final int CYCLES = Integer.getInteger("benchmark.ui.cycles", 60);
    private static final int WARMUP = Integer.getInteger("benchmark.ui.warmup", 20);
    private static final int SESSIONS = Integer.getInteger("benchmark.ui.sessions", 20);
    private static final int PROFILE_CYCLES = Integer.getInteger("benchmark.ui.profileCycles", 40);
    private static final int PORT = Integer.getInteger("benchmark.ui.port", 18291);
    private static final String PASSWORD = System.getProperty("benchmark.password", "Demo2026");
    private static final Path WORK = Path.of("target/ui-bench").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    /** A demo user, their main screen and one more (side-navigation paths and a text each screen shows). */
    private record User(String username, String mainPath, String mainText, String otherPath, String otherText) {
    }

    private static final List<User> USERS = List.of(
            new User("wanghan", "profile", "职业资格或职业技能等级证书", "my-cases", "我的申报"),
            new User("reviewer", "inbox", "资格审核待办", "notifications", "消息通知"));

    private long pid;
    private long ticksPerSecond;

    @Test
    void signInScreensSignOutAndLiveHeapPerSession() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium is not installed");
        Path jar = jar();
        Process server = start(jar);
        List<String> report = new ArrayList<>();
        try {
            ticksPerSecond = Long.parseLong(run("getconf", "CLK_TCK").trim());
            report.add(String.format(Locale.ROOT, "%s — %s, server pid %d, %s; load before: %s", Instant.now(),
                    jar.getFileName(), pid, serverArguments(), run("uptime").trim()));
            ChromeDriver browser = browser();
            try {
                // the first page load of a cold server (demo data still loading, the bundle read from the jar the first
                // time) may take long on a loaded machine: it is given minutes, the cycles 30 s a step
                browser.get("http://127.0.0.1:" + PORT + "/login");
                new WebDriverWait(browser, Duration.ofMinutes(4))
                        .until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
                for (int i = 0; i < WARMUP; i++) {
                    cycle(browser, USERS.get(i % USERS.size()), "127.0.0.1");
                }
                double idle = idleCpuMsPerSecond();
                report.add(String.format(Locale.ROOT, "idle server between phases: %.1f ms CPU per second (job executor, pools)", idle));
                List<Long> wall = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                for (int i = 0; i < CYCLES; i++) {
                    long cpu0 = serverCpuNanos();
                    long t0 = System.nanoTime();
                    cycle(browser, USERS.get(i % USERS.size()), "127.0.0.1");
                    wall.add(System.nanoTime() - t0);
                    cpu.add(serverCpuNanos() - cpu0);
                }
                report.add(Timings.line("cycle: sign in, main screen, one more screen, sign out (wall, browser included)", wall));
                report.add(Timings.line("cycle: server JVM CPU (/proc/<pid>/stat utime+stime, 10 ms ticks)", cpu));
                report.add(liveHeapPerSession(browser));
            } finally {
                browser.quit();
            }
            report.add(profile());
            report.add("load after: " + run("uptime").trim());
        } finally {
            stop(server);
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target/benchmark-ui.txt"), report, StandardCharsets.UTF_8);
    }

    /** One cycle on one loopback address: the login form, the main screen, one more, sign out (back on the form). */
    private void cycle(ChromeDriver browser, User user, String host) {
        signIn(browser, user, host);
        open(browser, user.otherPath(), user.otherText());
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='退出登录']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/login")
                && !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
    }

    private void signIn(ChromeDriver browser, User user, String host) {
        browser.get("http://" + host + ":" + PORT + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(user.username());
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        idle(browser);
        open(browser, user.mainPath(), user.mainText());
    }

    /** Clicks the side navigation's item for {@code path} and waits until the screen is there and Vaadin is idle. */
    private static void open(ChromeDriver browser, String path, String text) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item[path='" + path + "']")).isEmpty());
        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='" + path + "']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/" + path) && d.findElement(By.tagName("body")).getText().contains(text));
        idle(browser);
    }

    /** Waits until no Vaadin request is under way (the client's own flag, as TestBench reads it). */
    private static void idle(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "return !!c && Object.keys(c).every(function (k) { return !c[k].isActive || !c[k].isActive(); });")));
    }

    /**
     * K sessions signed in at once, each in a tab of its own on its own loopback address (its own cookie jar), left on
     * the main screen: the server's used heap after a full GC, before and after, divided by K.
     */
    private String liveHeapPerSession(ChromeDriver browser) throws Exception {
        String first = browser.getWindowHandle();
        long before = heapAfterFullGc();
        Map<String, long[]> histogramBefore = histogram();
        List<String> tabs = new ArrayList<>();
        for (int k = 0; k < SESSIONS; k++) {
            browser.switchTo().newWindow(WindowType.TAB);
            tabs.add(browser.getWindowHandle());
            signIn(browser, USERS.get(k % USERS.size()), "127.0.0." + (k + 2));
        }
        long after = heapAfterFullGc();
        List<String> grown = grownClasses(histogramBefore, histogram());
        Files.write(Path.of("target/benchmark-ui-heap.txt"), grown, StandardCharsets.UTF_8);
        for (String tab : tabs) {
            browser.switchTo().window(tab).close();
        }
        browser.switchTo().window(first);
        return String.format(Locale.ROOT, "live heap: %d sessions open at once (each on its main screen): used heap after "
                        + "full GC %,d KB before, %,d KB after: %.1f KB per session", SESSIONS, before / 1024, after / 1024,
                (after - before) / 1024.0 / SESSIONS);
    }

    /** Instances and bytes per class of the live heap ({@code jcmd GC.class_histogram}: a full GC first). */
    private Map<String, long[]> histogram() throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\\R")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most while the K sessions were opened, per session. */
    private static List<String> grownClasses(Map<String, long[]> before, Map<String, long[]> after) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "live heap grown per session (%d sessions), by class (shallow bytes):", SESSIONS));
        after.entrySet().stream()
                .sorted((a, b) -> Long.compare(grown(before, b), grown(before, a)))
                .limit(40)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %9.1f KB  %8.1f instances  %s",
                        grown(before, e) / 1024.0 / SESSIONS,
                        (e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0]) / (double) SESSIONS, e.getKey())));
        return lines;
    }

    private static long grown(Map<String, long[]> before, Map.Entry<String, long[]> after) {
        return after.getValue()[1] - before.getOrDefault(after.getKey(), new long[2])[1];
    }

    private long heapAfterFullGc() throws Exception {
        jcmd("GC.run");
        Thread.sleep(500);
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** A JFR profile (settings=profile: execution samples every 10 ms) of further cycles, aggregated by frame. */
    private String profile() throws Exception {
        Path recording = Path.of("target/ui-session.jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        ChromeDriver browser = browser();
        try {
            cycle(browser, USERS.get(0), "127.0.0.1");
            jcmd("JFR.start", "name=ui", "settings=profile", "filename=" + recording);
            for (int i = 0; i < PROFILE_CYCLES; i++) {
                cycle(browser, USERS.get(i % USERS.size()), "127.0.0.1");
            }
            jcmd("JFR.stop", "name=ui");
        } finally {
            browser.quit();
        }
        List<String> lines = JfrSummary.of(recording, PROFILE_CYCLES);
        Files.write(Path.of("target/benchmark-ui-profile.txt"), lines, StandardCharsets.UTF_8);
        return String.join(System.lineSeparator(), lines.subList(0, Math.min(lines.size(), 40)));
    }

    private double idleCpuMsPerSecond() throws Exception {
        long cpu0 = serverCpuNanos();
        long t0 = System.nanoTime();
        Thread.sleep(5000);
        return (serverCpuNanos() - cpu0) / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }

    /** User + system CPU of the server JVM (all its threads: request threads, GC, JIT), from /proc. */
    private long serverCpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the command: state is [0], utime is field 14 of the file, i.e. [11]; stime [12]
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / ticksPerSecond;
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-background-timer-throttling", "--window-size=1440,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return browser;
    }

    private static Path jar() throws IOException {
        if (System.getProperty("benchmark.ui.jar") != null) {
            return Path.of(System.getProperty("benchmark.ui.jar")).toAbsolutePath();
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("talent-bridge-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar: run mvn -o -q -DskipTests package first"))
                    .toAbsolutePath();
        }
    }

    private static List<String> serverArguments() {
        return List.of("-Xmx1g", "--server.port=" + PORT, "--app.embedded-db.data-directory=" + WORK.resolve("pg"),
                "--app.embedded-db.clean=true");
    }

    private Process start(Path jar) throws Exception {
        Files.createDirectories(WORK);
        List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(), "-Xmx1g",
                "-Dfile.encoding=UTF-8",
                "-XX:FlightRecorderOptions=stackdepth=256", "-jar", jar.toString()));
        command.addAll(serverArguments().subList(1, serverArguments().size()));
        Process server = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("server.log").toFile()).start();
        pid = server.pid();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + WORK.resolve("server.log"));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        stop(server);
        throw new IllegalStateException("the server did not start within 8 minutes");
    }

    /** SIGTERM, so that Spring closes the embedded PostgreSQL (a -9 would leave its postmaster behind). */
    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(90, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private String jcmd(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/jcmd").toString(), String.valueOf(pid)));
        Collections.addAll(command, arguments);
        return run(command.toArray(String[]::new));
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }
}
