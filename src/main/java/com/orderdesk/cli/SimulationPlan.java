package com.orderdesk.cli;

import com.orderdesk.logic.simulation.Policies;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The {@code simulate} command's options once checked: one variant per policy set to run. */
record SimulationPlan(LocalDate firstDay, int days, int ordersPerDay, long seed, int customers, Path out, List<Variant> variants) {
    SimulationPlan {
        variants = List.copyOf(variants);
    }

    record Variant(String name, Policies policies) {
    }

    boolean comparing() {
        return variants.size() > 1;
    }
}
