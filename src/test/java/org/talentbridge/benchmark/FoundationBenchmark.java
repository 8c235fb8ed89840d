package org.talentbridge.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Timings of the foundation's hot paths on the real stack. Run with {@code mvn -Pbenchmark test}; the
 * figures are printed and written to {@code target/benchmark.txt}. They never gate the build.
 */
@Tag("benchmark")
class FoundationBenchmark extends IntegrationTest {

    private static final int CASES = Integer.getInteger("benchmark.cases", 500);
    private static final int API_CALLS = Integer.getInteger("benchmark.apiCalls", 1000);

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        submissions();
        inboxPages();
        catalogApi();
        Path out = Path.of("target/benchmark.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private void submissions() {
        List<Long> nanos = new ArrayList<>();
        List<Long> confirmations = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            eligibleWelder("bench"); // screening admits them; their employer confirms, so every case waits in the inbox
            long start = System.nanoTime();
            String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
            nanos.add(System.nanoTime() - start);
            start = System.nanoTime();
            confirmedByEmployer(number);
            confirmations.add(System.nanoTime() - start);
        }
        line("title case submission (case row + frozen profile + process start + screening + notifications)", nanos);
        line("employer confirmation (claim + complete + the review task for the reviewer group, notified)", confirmations);
    }

    private void inboxPages() {
        signIn(accounts.findByUsername("reviewer").orElseThrow());
        List<Long> page = new ArrayList<>();
        List<Long> count = new ArrayList<>();
        int open = inbox.count(InboxScope.ALL);
        if (open < CASES) {
            throw new IllegalStateException("only " + open + " cases reached the inbox");
        }
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            inbox.page(InboxScope.ALL, (i * 50) % Math.max(1, open - 50), 50);
            page.add(System.nanoTime() - start);
            start = System.nanoTime();
            inbox.count(InboxScope.ALL);
            count.add(System.nanoTime() - start);
        }
        line("inbox page of 50 with " + open + " open review tasks", page);
        line("inbox count with " + open + " open review tasks", count);
    }

    private void catalogApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Long> nanos = new ArrayList<>();
        String[] queries = {"焊", "车工", "设计师", "", "电"};
        for (int i = 0; i < API_CALLS; i++) {
            String q = URLEncoder.encode(queries[i % queries.length], StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/catalog/occupations?q=" + q))).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("catalog answered " + response.statusCode());
            }
        }
        line("GET /api/catalog/occupations over HTTP (mixed queries, incl. all 883 rows)", nanos);
    }

    private void line(String what, List<Long> nanos) {
        report.add(Timings.line(what, nanos));
    }
}
