package fr.vigie.identity;

/** The outcome of a sign-in: the user, or why it was refused. Exactly one of the two is set. */
public record LoginResult(AuthenticatedUser user, LoginFailure failure) {

    static LoginResult success(AuthenticatedUser user) {
        return new LoginResult(user, null);
    }

    static LoginResult refused(LoginFailure failure) {
        return new LoginResult(null, failure);
    }

    public boolean succeeded() {
        return user != null;
    }
}
