package org.talentbridge.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One line of a benchmark report: what was timed, how often, and its mean, median and 95th percentile. */
final class Timings {

    private Timings() {
    }

    static String line(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%-100s n=%5d  mean %7.2f ms  p50 %7.2f ms  p95 %7.2f ms",
                what, nanos.size(), mean, p50, p95);
    }
}
