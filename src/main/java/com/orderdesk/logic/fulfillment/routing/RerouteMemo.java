package com.orderdesk.logic.fulfillment.routing;

/**
 * What {@link WaveImprover}'s re-routes of whole orders learnt, kept from one local search of a
 * wave to the next (batch runs it up to five times on the same orders). Per order: the prices of
 * its last re-route and the plan the exact search found at them, so that a re-route at the same
 * prices reuses the plan instead of searching again (the search is deterministic: its visits are
 * counted, not timed); and the order's optimum alone, under which no re-route can bring it.
 *
 * <p>Measured on the 1,000-order scarce wave: the re-routes are 90 % of the local search's CPU
 * (about 1 s of each 1.1 s pass), and most orders of a pass after the pairs or the groups meet the
 * same prices as at the previous local search's last pass.
 */
final class RerouteMemo {
    private final double[][][] extra;
    private final double[][] handling;
    private final int[][][] route;
    /** Per order: its optimum alone against the initial stock (null: not known). */
    private final double[] floor;
    private static final boolean NO_FLOOR = Boolean.getBoolean("wave.noFloor");
    long reused;
    long searched;

    RerouteMemo(int orders, double[] floor) {
        extra = new double[orders][][];
        handling = new double[orders][];
        route = new int[orders][][];
        this.floor = floor;
    }

    /** Whether order o, at {@code cost}, is at its optimum alone: no re-route can make it cheaper. */
    boolean atFloor(int o, double cost) {
        return floor != null && !NO_FLOOR && cost <= floor[o] + WaveMoves.EPS;
    }

    /** The plan the exact search finds for order o at these prices, remembered or searched. */
    int[][] route(int o, OrderProblem p, double[][] extraAt, double[] handlingAt, long visits) {
        if (java.util.Arrays.equals(handlingAt, handling[o]) && java.util.Arrays.deepEquals(extraAt, extra[o])) {
            reused++;
            return route[o];
        }
        searched++;
        extra[o] = extraAt;
        handling[o] = handlingAt;
        route[o] = new ExactOrderSolver(p.priced(extraAt, handlingAt), visits).solve().x();
        return route[o];
    }
}
