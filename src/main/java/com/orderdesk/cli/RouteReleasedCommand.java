package com.orderdesk.cli;

import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.fulfillment.DemoFulfillment;
import com.orderdesk.persistence.fulfillment.FulfillmentService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Routes every RELEASED order of a database (shipments planned, stock reserved), one transaction per order. */
@Command(name = "route-released", mixinStandardHelpOptions = true,
        description = "Route every released order in the database: plan shipments, reserve stock, record backorders.")
public final class RouteReleasedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "SQLite database file.")
    Path db;

    @Option(names = "--user", defaultValue = "admin", description = "User recorded as having routed (default ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--backfill-demo", description = "First give ALLOCATED and SHIPPED orders without shipments their shipments.")
    boolean backfill;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(db)) {
            err.println("route-released: --db " + db + ": no such database file");
            return 2;
        }
        try (Database database = Database.open(DatabaseConfig.sqlite(db))) {
            FulfillmentService service = new FulfillmentService(database, Clock.systemDefaultZone());
            if (backfill) {
                long b0 = System.nanoTime();
                DemoFulfillment.Result r = DemoFulfillment.backfill(database, Clock.systemDefaultZone());
                out.printf("Backfilled shipments for %d allocated and %d shipped orders in %.1f s%n", r.allocated(), r.shipped(),
                        (System.nanoTime() - b0) / 1e9);
            }
            long t0 = System.nanoTime();
            List<RoutingOutcome> outcomes = service.routeAllReleased(user);
            outcomes.forEach(o -> out.println(o.message()));
            long shipments = outcomes.stream().mapToLong(o -> o.shipmentNumbers().size()).sum();
            long backordered = outcomes.stream().mapToLong(RoutingOutcome::backorderedUnits).sum();
            out.printf("Routed %d released orders: %d shipments, %d units backordered, in %.1f s%n", outcomes.size(), shipments,
                    backordered, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (StoreException e) {
            err.println("route-released: " + e.getMessage());
            return 1;
        }
    }
}
