package fr.vigie.web;

import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.review.Reviews;
import fr.vigie.model.VigieException;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportStatus;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's pages: exports waiting for a decision, the review of one, and the decision itself. */
@Controller
class ExportsController {
    /** A partner, dataset or run id: what a package folder may be named (anything else is not found). */
    static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
    private static final String EXPORT = "/exports/{partner:" + SEGMENT + "}/{dataset:" + SEGMENT + "}/{run:"
            + SEGMENT + "}";

    private final ExportReviews reviews;
    private final Reviews decisions;

    ExportsController(ExportReviews reviews, Reviews decisions) {
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @GetMapping("/exports")
    String list(@RequestParam(defaultValue = "PENDING_REVIEW") String status, Model model) {
        ExportStatus filter;
        try {
            filter = "ALL".equalsIgnoreCase(status) ? null : ExportStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("status", filter == null ? "ALL" : filter.name());
        model.addAttribute("exports", reviews.list(filter));
        return "exports";
    }

    @GetMapping(EXPORT)
    String review(@PathVariable String partner, @PathVariable String dataset, @PathVariable String run, Model model) {
        String id = ExportRecord.idOf(partner, dataset, run);
        model.addAttribute("review", reviews.review(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "export";
    }

    @PostMapping(EXPORT + "/approve")
    String approve(@PathVariable String partner, @PathVariable String dataset, @PathVariable String run,
            @RequestParam(defaultValue = "") String comment, Authentication authentication, RedirectAttributes flash) {
        String id = ExportRecord.idOf(partner, dataset, run);
        AuthenticatedUser user = Users.current(authentication);
        try {
            decisions.approve(id, user, comment.isBlank() ? null : comment.strip());
            flash.addFlashAttribute("done", "Export approuvé par " + user.label()
                    + " : publié dans la boîte d'envoi du partenaire, avec la déclaration de publication signée.");
        } catch (VigieException e) {
            flash.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/exports/" + id;
    }

    @PostMapping(EXPORT + "/reject")
    String reject(@PathVariable String partner, @PathVariable String dataset, @PathVariable String run,
            @RequestParam(defaultValue = "") String reason, Authentication authentication, RedirectAttributes flash) {
        String id = ExportRecord.idOf(partner, dataset, run);
        AuthenticatedUser user = Users.current(authentication);
        try {
            decisions.reject(id, user, reason.strip());
            flash.addFlashAttribute("done", "Export rejeté par " + user.label() + ".");
        } catch (VigieException e) {
            flash.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/exports/" + id;
    }
}
