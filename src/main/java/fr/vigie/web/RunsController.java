package fr.vigie.web;

import fr.vigie.job.VigieSettings;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.RunRecord;
import fr.vigie.store.RunRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Engineers' and auditors' pages: runs with their steps, counts and footprint, and each run's report. */
@Controller
class RunsController {
    private static final String RUN = "/runs/{run:" + ExportsController.SEGMENT + "}";
    /** The report is one self-contained page with its own style sheet inline, and no script. */
    private static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final RunRepository runs;
    private final ExportRepository exports;
    private final VigieSettings settings;

    RunsController(RunRepository runs, ExportRepository exports, VigieSettings settings) {
        this.runs = runs;
        this.exports = exports;
        this.settings = settings;
    }

    @GetMapping("/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.recent(null, 200));
        return "runs";
    }

    @GetMapping(RUN)
    String run(@PathVariable String run, Model model) {
        RunRecord record = known(run);
        model.addAttribute("run", record);
        model.addAttribute("steps", runs.steps(run));
        model.addAttribute("exports", exports.list(null).stream().filter(e -> e.runId().equals(run)).toList());
        model.addAttribute("hasReport", Files.isRegularFile(reportFile(run)));
        return "run";
    }

    /** The run's HTML report as the pipeline wrote it (it escapes what it shows, and holds no raw value). */
    @GetMapping(RUN + "/report")
    ResponseEntity<String> report(@PathVariable String run) throws IOException {
        known(run);
        Path html = reportFile(run);
        if (!Files.isRegularFile(html)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", REPORT_CSP)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Files.readString(html, StandardCharsets.UTF_8));
    }

    /** Only a run the store knows: the URL never names a file by itself. */
    private RunRecord known(String run) {
        return runs.find(run).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Path reportFile(String run) {
        return settings.store().reports(run).resolve("report.html");
    }
}
