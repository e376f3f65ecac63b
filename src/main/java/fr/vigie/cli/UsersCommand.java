package fr.vigie.cli;

import fr.vigie.identity.Accounts;
import fr.vigie.identity.OperatingSystemUser;
import fr.vigie.model.Role;
import fr.vigie.store.AccountLogin;
import fr.vigie.store.AccountRecord;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import fr.vigie.model.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vigie users}: the accounts of the console and of approve/reject. An administrator's command for
 * whoever holds the store; every change is in the audit log under the operating-system user who made it.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage the accounts of the console (vigie serve) and of vigie approve/reject.",
                "Passwords are asked on the terminal, or read from the first line of standard input; never an",
                "argument. Every change is recorded in the audit log."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class,
                UsersCommand.Enable.class, UsersCommand.Reset.class, UsersCommand.Unlock.class})
final class UsersCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Spec
    CommandSpec spec;

    /** {@code vigie users} alone: what it can do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCode.BAD_CONFIGURATION;
    }

    /** Runs {@code action} on the accounts of the store, as the operating-system user. */
    int withAccounts(Consumer<Accounts> action) {
        try (StoreSession store = StoreSession.open(root.settings())) {
            action.accept(store.accounts());
        }
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '.', '_', '-', '@'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "DPO, ENGINEER, AUDITOR or PARTNER.")
        Role role;

        @Option(names = "--partner", paramLabel = "ID", description = "The partner id of a PARTNER account.")
        String partner;

        @Option(names = "--os-user", description = {"No password: NAME is an operating-system user, who may then",
                "run vigie approve/reject without --user (not for the web console)."})
        boolean osUser;

        @Override
        public Integer call() {
            String password = osUser ? null : Passwords.readNew(name);
            return users.withAccounts(accounts -> {
                accounts.add(name, role, partner, osUser ? AccountLogin.OS_USER : AccountLogin.PASSWORD, password,
                        OperatingSystemUser.actor());
                System.out.println("Created " + name + " (" + role + (partner == null ? "" : " of " + partner) + ")");
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            return users.withAccounts(accounts -> {
                System.out.printf("%-32s %-9s %-22s %-9s %-8s %-20s %s%n", "NAME", "ROLE", "PARTNER", "LOGIN",
                        "STATE", "LAST LOGIN", "FAILED");
                Instant now = Instant.now();
                for (AccountRecord a : accounts.list()) {
                    String state = a.stateAt(now).name().toLowerCase(Locale.ROOT);
                    System.out.printf("%-32s %-9s %-22s %-9s %-8s %-20s %d%n", a.name(), a.role(),
                            a.partner() == null ? "" : a.partner(), a.login(), state,
                            a.lastLoginAt() == null ? "never" : a.lastLoginAt().toString().substring(0, 19),
                            a.failedLogins());
                }
            });
        }
    }

    /** A change to one named account, recorded under the operating-system user. */
    abstract static class OnAccount implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        abstract void apply(Accounts accounts, String by);

        abstract String done();

        @Override
        public Integer call() {
            return users.withAccounts(accounts -> {
                apply(accounts, OperatingSystemUser.actor());
                System.out.println(done() + " " + name);
            });
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it can no longer sign in (its decisions stay recorded).")
    static final class Disable extends OnAccount {
        @Override
        void apply(Accounts accounts, String by) {
            accounts.disable(name, by);
        }

        @Override
        String done() {
            return "Disabled";
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends OnAccount {
        @Override
        void apply(Accounts accounts, String by) {
            accounts.enable(name, by);
        }

        @Override
        String done() {
            return "Enabled";
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Set a new password (asked, or read from standard input); lifts a lock-out.")
    static final class Reset implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String password = Passwords.readNew(name);
            return users.withAccounts(accounts -> {
                accounts.resetPassword(name, password, OperatingSystemUser.actor());
                System.out.println("New password set for " + name);
            });
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift the lock-out of an account after repeated failures, keeping its password.")
    static final class Unlock extends OnAccount {
        @Override
        void apply(Accounts accounts, String by) {
            accounts.unlock(name, by);
        }

        @Override
        String done() {
            return "Unlocked";
        }
    }
}
