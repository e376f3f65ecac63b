package fr.vigie.schedule;

import fr.vigie.job.RunOutcome;
import fr.vigie.store.RunRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Micrometer meters of the scheduler: runs by job and outcome, rows read, accepted and quarantined,
 * run durations. Optionally served in Prometheus' text format on a loopback port (off by default).
 */
public final class RunMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private HttpServer server;

    public MeterRegistry registry() {
        return registry;
    }

    /** Records how a run ended. */
    void recordRun(RunOutcome outcome, RunRecord record) {
        Counter.builder("vigie.runs").description("Runs by job, status and exit code")
                .tag("job", outcome.jobId()).tag("status", outcome.status())
                .tag("exit_code", Integer.toString(outcome.exitCode())).register(registry).increment();
        if (record == null) {
            return;
        }
        rows(outcome.jobId(), "read", record.rowsRead());
        rows(outcome.jobId(), "accepted", record.rowsAccepted());
        rows(outcome.jobId(), "quarantined", record.rowsQuarantined());
        if (record.finishedAt() != null) {
            Timer.builder("vigie.run.duration").description("Wall time of runs").tag("job", outcome.jobId())
                    .register(registry).record(Duration.between(record.startedAt(), record.finishedAt()));
        }
    }

    /** Records a run that could not start (bad configuration, missing source...). */
    void recordError(String jobId, int exitCode) {
        Counter.builder("vigie.runs").tag("job", jobId).tag("status", "NOT_STARTED")
                .tag("exit_code", Integer.toString(exitCode)).register(registry).increment();
    }

    private void rows(String job, String kind, Long count) {
        if (count != null) {
            Counter.builder("vigie.rows").description("Rows by job and fate").tag("job", job).tag("kind", kind)
                    .register(registry).increment(count);
        }
    }

    /** The meters in Prometheus' text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Serves {@code /metrics} on 127.0.0.1:{@code port} (0 picks a free port); returns the port. */
    public int serve(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/metrics", exchange -> {
            byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        registry.close();
    }
}
