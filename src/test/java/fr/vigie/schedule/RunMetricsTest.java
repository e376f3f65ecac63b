package fr.vigie.schedule;

import fr.vigie.job.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.RunRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    @Test
    void servesRunCountsRowsAndDurationsInPrometheusFormatOnLoopback() throws Exception {
        try (RunMetrics metrics = new RunMetrics()) {
            RunOutcome outcome = new RunOutcome("ccas-aides", "ccas-aides-1", "COMPLETED", 0, null, null);
            metrics.recordRun(outcome, new RunRecord("ccas-aides-1", "ccas-aides", Instant.parse("2026-11-23T02:30:00Z"),
                    Instant.parse("2026-11-23T02:31:30Z"), "COMPLETED", 0, 5000L, 4990L, 10L, null, null, 1.5, 100L, 0.1, 0.01));
            int port = metrics.serve(0);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("vigie_runs_total{exit_code=\"0\",job=\"ccas-aides\",status=\"COMPLETED\"} 1.0")
                    .contains("vigie_rows_total{job=\"ccas-aides\",kind=\"quarantined\"} 10.0")
                    .contains("vigie_run_duration_seconds_sum{job=\"ccas-aides\"} 90.0");
        }
    }
}
