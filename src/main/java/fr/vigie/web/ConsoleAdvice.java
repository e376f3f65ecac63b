package fr.vigie.web;

import fr.vigie.identity.AuthenticatedUser;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, and which permissions their role has (for the menu). */
@ControllerAdvice
class ConsoleAdvice {

    private static final Formats FORMATS = new Formats();

    @ModelAttribute("fmt")
    Formats formats() {
        return FORMATS;
    }

    @ModelAttribute("me")
    AuthenticatedUser me(Authentication authentication) {
        return Users.current(authentication);
    }

    /** Permission names of the user's role; the menu shows only what the server would allow. */
    @ModelAttribute("perms")
    Set<String> permissions(Authentication authentication) {
        AuthenticatedUser user = Users.current(authentication);
        Set<String> names = new TreeSet<>();
        if (user != null) {
            user.role().permissions().forEach(p -> names.add(p.name()));
        }
        return names;
    }
}
