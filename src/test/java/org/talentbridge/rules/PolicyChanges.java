package org.talentbridge.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Edited copies of the shipped tables, as a policy officer would upload them. */
public final class PolicyChanges {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PolicyChanges() {
    }

    public static String shipped(String file) {
        try (InputStream in = PolicyChanges.class.getResourceAsStream("/processes/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** title-standard-route.dmn with T2.2 needing 2 years instead of 3. */
    public static Map<String, String> technicianAfterTwoYears() {
        String original = shipped("title-standard-route.dmn");
        String changed = original.replace("<outputEntry id=\"Rule_T2_2_out1\"><text>3</text></outputEntry>",
                "<outputEntry id=\"Rule_T2_2_out1\"><text>2</text></outputEntry>");
        if (changed.equals(original)) {
            throw new IllegalStateException("T2.2's years are no longer where this test changes them");
        }
        return Map.of("title-standard-route.dmn", changed);
    }

    /** skill-from-title.dmn with an intermediate title opening only 高级工 (S1; shipped: 技师). */
    public static Map<String, String> intermediateTitleOpensSeniorWorker() {
        String original = shipped("skill-from-title.dmn");
        String changed = original.replace(
                "<outputEntry id=\"Rule_S1_INTERMEDIATE_out0\"><text>&quot;TECHNICIAN&quot;</text></outputEntry>",
                "<outputEntry id=\"Rule_S1_INTERMEDIATE_out0\"><text>&quot;SENIOR_WORKER&quot;</text></outputEntry>");
        if (changed.equals(original)) {
            throw new IllegalStateException("S1's intermediate level is no longer where this test changes it");
        }
        return Map.of("skill-from-title.dmn", changed);
    }

    /** A fresh version name. */
    public static String name(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }
}
