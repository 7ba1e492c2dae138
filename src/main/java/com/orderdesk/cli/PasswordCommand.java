package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.security.SignInResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Changes the signed-in user's own password, as File &gt; Change password does in the window: the
 * current one from $ORDERDESK_PASSWORD, the new one from $ORDERDESK_NEW_PASSWORD
 * (never the command line). Also the way out for a user whose password an administrator set.
 */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Change your own password: --user NAME, the current password from $ORDERDESK_PASSWORD, the new one"
                + " from $" + UsersCommand.NEW_PASSWORD_VARIABLE + ".")
public final class PasswordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions database;
    @Mixin
    SignInOptions signIn;

    @Override
    public Integer call() {
        String fresh = signIn.env.apply(UsersCommand.NEW_PASSWORD_VARIABLE);
        if (fresh == null || fresh.isEmpty()) {
            throw new CommandFailure(2, "Put the new password in $" + UsersCommand.NEW_PASSWORD_VARIABLE
                    + " (it is never given on the command line).");
        }
        String typed = signIn.env.apply(SignInOptions.PASSWORD_VARIABLE);
        if (typed == null || typed.isEmpty()) {
            throw new CommandFailure(2, "Put the current password in $" + SignInOptions.PASSWORD_VARIABLE
                    + " (it is checked again when it is replaced).");
        }
        char[] current = typed.toCharArray();
        try (AppServices book = BookAccess.openExisting(database, Clock.systemDefaultZone())) {
            SignInResult result = signIn.signInOnly(book.signIn());
            book.users().changeOwnPassword(result.user(), current, fresh.toCharArray());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Password of " + result.user().userName() + " changed; sign in with the new one from now on.");
            out.flush();
            return 0;
        } finally {
            Arrays.fill(current, '\0');
        }
    }
}
