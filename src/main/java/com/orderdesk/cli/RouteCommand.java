package com.orderdesk.cli;

import com.orderdesk.cli.route.PlanWriter;
import com.orderdesk.cli.route.ScenarioReader;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.fulfillment.routing.RoutingPlan;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code route --scenario FILE [--mode ...]}: the router over a scenario file (src/site/markdown/contracts/route.md). */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = {"Routes the orders of a scenario file at minimum cost and prints the plan as JSON.",
                "Exit status: 0 routed, 2 bad input (one located message per problem on standard error)."})
public final class RouteCommand implements Callable<Integer> {
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario JSON file (UTF-8).")
    Path scenario;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "sequential",
            description = "independent, sequential (default) or batch.")
    String mode;

    @Option(names = "--visit-budget", paramLabel = "N", defaultValue = "" + FulfillmentRouter.DEFAULT_VISIT_BUDGET,
            description = "Search visits per order before its proof is given up (plan then marked optimal: false). Default: ${DEFAULT-VALUE}.")
    long visitBudget;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RoutingMode routingMode = parseMode(mode);
        if (routingMode == null) {
            err.println("--mode: must be independent, sequential or batch (was '" + mode + "')");
            err.flush();
            return BAD_INPUT;
        }
        Scenario s;
        try {
            s = ScenarioReader.read(scenario);
        } catch (ScenarioReader.BadScenarioException e) {
            e.problems().forEach(err::println);
            err.flush();
            return BAD_INPUT;
        }
        RoutingPlan plan = new FulfillmentRouter(visitBudget, Runtime.getRuntime().availableProcessors(), 20_000)
                .route(s, routingMode);
        PlanWriter.write(plan, spec.commandLine().getOut());
        return 0;
    }

    public static RoutingMode parseMode(String text) {
        try {
            return RoutingMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
