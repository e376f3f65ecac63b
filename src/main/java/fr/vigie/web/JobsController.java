package fr.vigie.web;

import fr.vigie.job.JobDefinition;
import fr.vigie.job.JobFiles;
import fr.vigie.job.VigieSettings;
import fr.vigie.model.VigieException;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The job files, read-only, with the next time each is scheduled. */
@Controller
class JobsController {
    private final VigieSettings settings;

    JobsController(VigieSettings settings) {
        this.settings = settings;
    }

    /** One job as the page shows it (plain strings: pages call no method of a file system's classes). */
    record JobLine(JobDefinition job, String file, String source, String cron, ZonedDateTime next, List<String> partners) {
    }

    @GetMapping("/jobs")
    String jobs(Model model) {
        try {
            ZonedDateTime now = ZonedDateTime.now();
            model.addAttribute("jobs", JobFiles.loadAll(settings.jobsDir(), settings.projectDir()).stream()
                    .map(job -> line(job, now)).toList());
        } catch (VigieException e) {
            // A broken job file is what an engineer needs to see here, named with its key.
            model.addAttribute("jobs", List.of());
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("jobsDir", settings.jobsDir());
        return "jobs";
    }

    private static JobLine line(JobDefinition job, ZonedDateTime now) {
        String cron = job.schedule() == null ? null : job.schedule().cron();
        ZonedDateTime next = cron == null ? null : CronExpression.parse(cron).next(now);
        return new JobLine(job, job.file().getFileName().toString(), job.source().pattern(), cron, next, job.partners().stream().map(JobDefinition.Partner::id).toList());
    }
}
