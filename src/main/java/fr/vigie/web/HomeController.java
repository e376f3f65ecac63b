package fr.vigie.web;

import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.model.Permission;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the landing page of each role. */
@Controller
class HomeController {
    private final ConsoleSettings console;

    HomeController(ConsoleSettings console) {
        this.console = console;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcLabel", console.oidc().map(o -> o.label()).orElse(null));
        model.addAttribute("oidcPath", "/oauth2/authorization/" + SecurityConfiguration.OIDC_REGISTRATION);
        return "login";
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        AuthenticatedUser user = Users.current(authentication);
        if (user == null) {
            return "redirect:/login";
        }
        if (user.may(Permission.VIEW_EXPORTS)) {
            return "redirect:/exports";
        }
        if (user.may(Permission.VIEW_RUNS)) {
            return "redirect:/runs";
        }
        return "redirect:/partner";
    }
}
