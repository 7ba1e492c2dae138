package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Users and their roles from the command line, for an administrator signed in with --user: the
 * same audited use cases as the window. A new or reset password comes from $ORDERDESK_NEW_PASSWORD
 * (never from the command line); the user chooses their own at the next sign-in.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "List users, add one, change roles, switch an account off or on, set a new password."
                + " Signed in as an administrator: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class UsersCommand implements Callable<Integer> {
    public static final String NEW_PASSWORD_VARIABLE = "ORDERDESK_NEW_PASSWORD";

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions database;
    @Mixin
    SignInOptions signIn;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, add, roles, deactivate, activate or password")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "USER", description = "The user acted on (not for list).")
    String target;

    @Option(names = "--name", paramLabel = "TEXT", description = "Display name (add).")
    String displayName;

    @Option(names = "--roles", split = ",", paramLabel = "ROLE", description = "Roles (add, roles): ORDER_CLERK, CREDIT_MANAGER,"
            + " AR_CLERK, ADMINISTRATOR, comma-separated.")
    List<String> roles;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (roles, deactivate, activate): kept in the audit trail.")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String verb = action.toLowerCase(Locale.ROOT);
        if (!List.of("list", "add", "roles", "deactivate", "activate", "password").contains(verb)) {
            throw new CommandFailure(2, "ACTION must be list, add, roles, deactivate, activate or password, not \"" + action + "\".");
        }
        if (!verb.equals("list") && (target == null || target.isBlank())) {
            throw new CommandFailure(2, "users " + verb + ": name the user acted on.");
        }
        if (List.of("roles", "deactivate", "activate").contains(verb) && (reason == null || reason.isBlank())) {
            throw new CommandFailure(2, "users " + verb + ": say why with --reason TEXT (kept in the audit trail).");
        }
        try (AppServices book = BookAccess.openExisting(database, Clock.systemDefaultZone())) {
            SignedInUser admin = signIn.signIn(book.signIn(), book.authorizer(), Permission.MANAGE_USERS);
            var users = book.users();
            switch (verb) {
                case "list" -> users.overview(admin).forEach(u -> out.printf("%-12s %-28s %-36s %-12s %-22s %s%n", u.userName(),
                        u.displayName(), String.join(", ", u.roles().stream().map(Role::label).toList()),
                        u.active() ? "active" : "switched off", u.mustChangePassword() ? "must change password" : "",
                        u.lastSignIn() == null ? "never signed in" : "last sign-in " + u.lastSignIn()));
                case "add" -> {
                    users.add(admin, target, displayName, roles(), newPassword());
                    out.println("Added " + target.strip().toLowerCase(Locale.ROOT) + "; they choose their own password at the first sign-in.");
                }
                case "roles" -> {
                    users.setRoles(admin, target, roles(), reason);
                    out.println("Roles of " + target + " set.");
                }
                case "deactivate", "activate" -> {
                    users.setActive(admin, target, verb.equals("activate"), reason);
                    out.println(target + (verb.equals("activate") ? " can sign in again." : " can no longer sign in."));
                }
                default -> {
                    users.resetPassword(admin, target, newPassword());
                    out.println("New password set for " + target + "; they choose their own at the next sign-in.");
                }
            }
            out.flush();
            return 0;
        }
    }

    private Set<Role> roles() {
        if (roles == null || roles.isEmpty()) {
            throw new CommandFailure(2, "--roles: give at least one role.");
        }
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            try {
                out.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(2, "--roles: \"" + r + "\" is not a role (ORDER_CLERK, CREDIT_MANAGER, AR_CLERK,"
                        + " ADMINISTRATOR).");
            }
        }
        return out;
    }

    private char[] newPassword() {
        String p = signIn.env.apply(NEW_PASSWORD_VARIABLE);
        if (p == null || p.isEmpty()) {
            throw new CommandFailure(2, "Put the new password in $" + NEW_PASSWORD_VARIABLE + " (it is never given on the"
                    + " command line).");
        }
        return p.toCharArray();
    }
}
