package fr.vigie.web;

import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log, newest first, with the verification of its hash chain. */
@Controller
class AuditController {
    /** Entries shown on the page; the command line lists them all. */
    static final int SHOWN = 500;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        List<AuditEntry> entries = new ArrayList<>(audit.entries(null));
        Collections.reverse(entries);
        model.addAttribute("total", entries.size());
        model.addAttribute("entries", entries.subList(0, Math.min(SHOWN, entries.size())));
        model.addAttribute("verification", audit.verify());
        return "audit";
    }
}
