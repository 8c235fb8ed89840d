package org.talentbridge.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The execution samples of a JFR recording ({@code jdk.ExecutionSample}, what {@code jfr print --events
 * jdk.ExecutionSample} prints) aggregated: the share of samples whose stack passes through a few libraries, the
 * hottest top frames (self time), the hottest frames of the application's own code (inclusive: the first
 * {@code org.talentbridge} frame from the top), Vaadin's request handlers (inclusive) and who asks Vaadin's
 * {@code Lookup} for what it then scans the class path for.
 */
final class JfrSummary {

    /** Stacks passing through these (first match wins, in this order): what a share of the CPU goes to. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("org.springframework.security.crypto.bcrypt.", "BCrypt (password check)");
        PARTS.put("org.postgresql.", "PostgreSQL driver");
        PARTS.put("org.hibernate.", "Hibernate");
        PARTS.put("org.camunda.", "Camunda engine");
        PARTS.put("org.talentbridge.", "our code (not below one of the above)");
        PARTS.put("com.vaadin.", "Vaadin (not below our code)");
        PARTS.put("org.springframework.security.", "Spring Security filters");
        PARTS.put("org.apache.catalina.", "Tomcat");
        PARTS.put("org.apache.tomcat.", "Tomcat");
        PARTS.put("org.apache.coyote.", "Tomcat");
    }

    private JfrSummary() {
    }

    static List<String> of(Path recording, int cycles) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        Map<String, Integer> threads = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            if (!frames.isEmpty()) {
                stacks.add(frames);
                String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("-\\d+$", "-N"), 1, Integer::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        int total = stacks.size();
        lines.add(String.format(Locale.ROOT, "JFR profile (settings=profile), %d cycles: %d execution samples of Java code "
                + "(%.1f per cycle)", cycles, total, total / (double) Math.max(1, cycles)));
        if (total == 0) {
            return lines;
        }
        lines.add("  by part (stack passes through; first match in this order):");
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (List<String> frames : stacks) {
            parts.merge(part(frames), 1, Integer::sum);
        }
        top(parts, 20).forEach((k, v) -> lines.add(share(v, total, k)));
        lines.add("  threads:");
        top(threads, 8).forEach((k, v) -> lines.add(share(v, total, k)));
        lines.add("  hottest top frames (self):");
        top(count(stacks, frames -> frames.get(0)), 25).forEach((k, v) -> lines.add(share(v, total, k)));
        lines.add("  hottest frames of our code (inclusive: the first org.talentbridge frame from the top):");
        top(count(stacks, JfrSummary::ours), 30).forEach((k, v) -> lines.add(share(v, total, k)));
        lines.add("  by Vaadin request handler (inclusive: what VaadinService.handleRequest called):");
        top(count(stacks, frames -> callee(frames, "com.vaadin.flow.server.VaadinService.handleRequest")), 12)
                .forEach((k, v) -> lines.add(share(v, total, k)));
        lines.add("  Vaadin Lookup scans (LookupImpl.lookup: META-INF/services of every jar), by who asked:");
        top(count(stacks, frames -> caller(frames, "com.vaadin.flow.di.LookupInitializer$LookupImpl.lookup")), 12)
                .forEach((k, v) -> lines.add(share(v, total, k)));
        return lines;
    }

    /** Frames that only pass a call on: lambdas, Optional, the Lookup's own. */
    private static boolean passesOn(String frame) {
        return frame.contains("$$Lambda") || frame.contains(".lambda$") || frame.startsWith("java.util.Optional.")
                || frame.startsWith("com.vaadin.flow.di.") || frame.startsWith("com.vaadin.flow.spring.SpringLookupInitializer");
    }

    /** The first frame below {@code marker} (its caller, lambdas and the like skipped), or null: not in this stack. */
    private static String caller(List<String> frames, String marker) {
        int i = frames.indexOf(marker);
        if (i < 0) {
            return null;
        }
        for (int j = i + 1; j < frames.size(); j++) {
            if (!passesOn(frames.get(j))) {
                return frames.get(j);
            }
        }
        return "(root)";
    }

    /** The frame that the outermost {@code marker} called (lambdas skipped), or null: not in this stack. */
    private static String callee(List<String> frames, String marker) {
        int i = frames.lastIndexOf(marker);
        if (i < 0) {
            return null;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (!passesOn(frames.get(j)) && !frames.get(j).equals(marker)) {
                return frames.get(j);
            }
        }
        return "(itself)";
    }

    private static String part(List<String> frames) {
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            for (String frame : frames) {
                if (frame.startsWith(part.getKey())) {
                    return part.getValue();
                }
            }
        }
        return "other (JDK, Spring MVC, Jackson, …)";
    }

    private static String ours(List<String> frames) {
        return frames.stream().filter(f -> f.startsWith("org.talentbridge.")).findFirst().orElse("(no frame of ours)");
    }

    /** Samples per key; a stack whose key is null is left out. */
    private static Map<String, Integer> count(List<List<String>> stacks, Function<List<String>, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> frames : stacks) {
            String k = key.apply(frames);
            if (k != null) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static String share(int count, int total, String what) {
        return String.format(Locale.ROOT, "    %5.1f %%  %6d  %s", 100.0 * count / total, count, what);
    }
}
