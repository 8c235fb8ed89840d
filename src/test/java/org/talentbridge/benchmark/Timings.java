package org.talentbridge.benchmark;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Lines of a benchmark report: what was timed, how often, its mean or throughput and its percentiles. */
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

    /** A load run's line: requests, requests per second over the run, p50/p95/p99 and the failed requests. */
    static String throughputLine(String what, List<Long> nanos, long failed, double seconds) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return String.format(Locale.ROOT, "%-52s no requests", what);
        }
        return String.format(Locale.ROOT, "%-52s n=%7d  %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  errors %d",
                what, sorted.size(), sorted.size() / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), failed);
    }

    private static double at(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * share))) / 1e6;
    }

    /** HTTP Basic credentials on a request (the benchmarks' demo accounts share one password). */
    static HttpRequest.Builder basic(HttpRequest.Builder builder, String username, String password) {
        return builder.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}
