package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Opens a deduction case for each unexplained short payment left open beyond the set number of
 * days (claim_setting short_pay_days), e.g. from a nightly job; the Claims desk runs the same sweep
 * when an AR user first opens it in a session. Signed in as a user who works cases.
 */
@Command(name = "claims-sweep", mixinStandardHelpOptions = true,
        description = "Open a case for each short payment left unexplained beyond the set days."
                + " Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class ClaimsSweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.WORK_DEDUCTIONS);
            List<String> opened = book.claims().sweepShortPayments(user);
            w.printf("Opened %d case%s%s.%n", opened.size(), opened.size() == 1 ? "" : "s",
                    opened.isEmpty() ? "" : " (" + String.join(", ", opened) + ")");
            w.flush();
            return 0;
        }
    }
}
