package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
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

/** Routes every RELEASED order of a book (shipments planned, stock reserved), one unit of work per order, signed in. */
@Command(name = "route-released", mixinStandardHelpOptions = true,
        description = "Route every released order in the book: plan shipments, reserve stock, record backorders."
                + " Signed in: --user NAME (an order clerk), password from $ORDERDESK_PASSWORD.")
public final class RouteReleasedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.ROUTE_ORDERS);
            long t0 = System.nanoTime();
            List<RoutingOutcome> outcomes = book.fulfillment().routeAllReleased(user);
            outcomes.forEach(o -> out.println(o.message()));
            long shipments = outcomes.stream().mapToLong(o -> o.shipmentNumbers().size()).sum();
            long backordered = outcomes.stream().mapToLong(RoutingOutcome::backorderedUnits).sum();
            out.printf("Routed %d released orders: %d shipments, %d units backordered, in %.1f s%n", outcomes.size(), shipments,
                    backordered, (System.nanoTime() - t0) / 1e9);
            out.flush();
            return 0;
        }
    }
}
