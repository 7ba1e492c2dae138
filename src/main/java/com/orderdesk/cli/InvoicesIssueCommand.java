package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Issues one invoice per shipped shipment (all of them, or the ones named), signed in as an AR user. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Issue an invoice for each shipped shipment not yet invoiced (or only the shipments named)."
                + " Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class InvoicesIssueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--shipment", arity = "1..*", paramLabel = "SH", description = "Only these shipments, e.g. SH-100001.")
    List<String> shipments;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.ISSUE_INVOICE);
            List<ShipmentToInvoice> waiting = book.invoicing().shipmentsToInvoice(user);
            List<Long> ids = new ArrayList<>();
            if (shipments == null) {
                waiting.forEach(s -> ids.add(s.shipmentId()));
            } else {
                Map<String, Long> byNumber = waiting.stream()
                        .collect(Collectors.toMap(ShipmentToInvoice::shipmentNumber, ShipmentToInvoice::shipmentId));
                List<String> unknown = new ArrayList<>();
                for (String s : shipments) {
                    Long id = byNumber.get(s.strip().toUpperCase(Locale.ROOT));
                    if (id == null) {
                        unknown.add(s);
                    } else {
                        ids.add(id);
                    }
                }
                if (!unknown.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--shipment: " + String.join(", ", unknown)
                            + " is not a shipped shipment waiting for its invoice; nothing was issued");
                }
            }
            IssueResult result = book.invoicing().issueInvoices(user, ids);
            result.failures().forEach((shipment, why) -> err.println(shipment + ": " + why));
            err.flush();
            w.printf("Issued %d invoice%s%s.%n", result.issued().size(), result.issued().size() == 1 ? "" : "s",
                    result.issued().isEmpty() ? "" : " (" + result.issued().get(0) + " to "
                            + result.issued().get(result.issued().size() - 1) + ")");
            w.flush();
            return result.failures().isEmpty() ? 0 : 1;
        }
    }
}
