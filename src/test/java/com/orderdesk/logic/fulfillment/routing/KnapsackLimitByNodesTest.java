package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The whole-unit knapsack's visit limit by the order's nodes and lines ({@link UnitKnapsack#visitsFor}):
 * 500 visits for every knapsack of an order of at most 40 lines over at least 64 candidate nodes (both
 * counted on the whole order, also in its restrictions), 2,000 otherwise, so that orders of more than
 * 40 lines run 2,000 in every knapsack, however few its items; and {@link UnitKnapsack#raiseLeast}
 * takes that limit unless a test fixes one.
 */
class KnapsackLimitByNodesTest {

    @Test
    void theLimitIsShortOnlyForOrdersOfFewLinesOverManyNodes() {
        assertThat(UnitKnapsack.visitsFor(200, 40)).isEqualTo(500);
        assertThat(UnitKnapsack.visitsFor(200, 12)).isEqualTo(500);
        assertThat(UnitKnapsack.visitsFor(64, 40)).isEqualTo(500);
        assertThat(UnitKnapsack.visitsFor(63, 40)).as("under 64 nodes").isEqualTo(2_000);
        assertThat(UnitKnapsack.visitsFor(50, 30)).as("the 50-node rows").isEqualTo(2_000);
        assertThat(UnitKnapsack.visitsFor(200, 41)).as("more than 40 lines").isEqualTo(2_000);
        assertThat(UnitKnapsack.visitsFor(200, 80)).as("80-line orders").isEqualTo(2_000);
        assertThat(UnitKnapsack.visitsFor(50, 80)).isEqualTo(2_000);
    }

    /**
     * On the node of most lines of generated 40- and 80-line orders over 50 and 200 nodes, lines worth
     * nearly the same per kg (long searches), cut to 16-70 items, at every weight break: a level that
     * {@code raiseLeast} raises by default is raised, to the same value bit for bit, exactly when the
     * knapsack at the rule's limit finishes; and each of the four cases (a 40-line order over many nodes;
     * an 80-line order over many nodes, in knapsacks of at most 40 items and of more; any order over few
     * nodes) meets knapsacks where 500 and 2,000 visits differ, so a wrong limit in any of them shows.
     */
    @Test
    void raiseLeastRaisesALevelExactlyWhenTheKnapsackFinishesWithinTheRulesLimit() {
        int[] differ = new int[4];
        int checked = 0;
        for (int[] lineAndNodes : new int[][] {{40, 50}, {40, 200}, {80, 50}, {80, 200}}) {
            int orderLines = lineAndNodes[0];
            int nodes = lineAndNodes[1];
            ScenarioGenerator.Size size = new ScenarioGenerator.Size(6, orderLines, orderLines, nodes, 5000, 1.0);
            Scenario s = ScenarioGenerator.generate(size, 42);
            Network net = new Network(s);
            Network.Stock stock = net.newStock(false);
            for (int i = 0; i < s.orders().size(); i++) {
                OrderProblem p = OrderProblem.of(net, s.orders().get(i), stock);
                assertThat(p.orderNodes >= UnitKnapsack.MANY_NODES).as("order %d's candidates", i).isEqualTo(nodes == 200);
                assertThat(p.lineCount).as("order %d's lines", i).isEqualTo(orderLines);
                int n = IntStream.range(0, p.nodeCount).boxed()
                        .max((x, y) -> Integer.compare(weighted(p, x).length, weighted(p, y).length)).orElseThrow();
                Integer[] lines = weighted(p, n);
                SplittableRandom r = new SplittableRandom(i);
                double[] value = new double[p.lineCount];
                for (int l : lines) {
                    value[l] = -p.weight[l] / 1e6 * (1 + 0.01 * r.nextDouble());
                }
                Arrays.sort(lines, (x, y) -> Double.compare(value[x] / p.weight[x], value[y] / p.weight[y]));
                UnitKnapsack fixed = new UnitKnapsack(p.lineCount);
                for (int items = 16; items <= Math.min(70, lines.length); items += 4) {
                    int[] neg = new int[items];
                    for (int j = 0; j < items; j++) {
                        neg[j] = lines[j];
                    }
                    long limit = nodes == 200 && orderLines == 40 ? 500 : 2_000;
                    for (int j = 0; j < p.rates.breakCount(); j++) {
                        double at500 = fixed.atBreak(p, n, neg, items, value, p.rates.breakAt(j), 500);
                        double at2000 = fixed.atBreak(p, n, neg, items, value, p.rates.breakAt(j), 2_000);
                        double expected = limit == 500 ? at500 : at2000;
                        if (Double.compare(at500, at2000) != 0) {
                            differ[nodes == 50 ? 3 : orderLines == 40 ? 0 : items <= 40 ? 1 : 2]++;
                        }
                        // one level (break j) below a tail not allowed, valued far under any load
                        int tail = p.rates.breakCount();
                        // the order itself, and its restriction to node n alone (the limit reads the order's nodes)
                        OrderProblem[] problems = {p, p.restrictedTo(new int[] {n}, 1)};
                        int[] at = {n, 0};
                        for (int q = 0; q < 2; q++) {
                            double[] values = new double[tail + 1];
                            Arrays.fill(values, Double.POSITIVE_INFINITY);
                            values[j] = -1e9;
                            boolean[] split = new boolean[tail];
                            split[j] = true;
                            boolean[] whole = new boolean[tail];
                            new UnitKnapsack(p.lineCount).raiseLeast(problems[q], at[q], neg, items, value, 0, values, 0, j, tail,
                                    Double.POSITIVE_INFINITY, split, whole, new double[tail][p.lineCount]);
                            assertThat(whole[j]).as("order %d (%d lines) over %d nodes (%s), %d items, break %d", i, orderLines, nodes,
                                    q == 0 ? "all" : "restricted to one", items, j).isEqualTo(!Double.isNaN(expected));
                            if (whole[j]) {
                                assertThat(values[j]).isEqualTo(p.rates.priceAt(p.zone[n], j) + expected);
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(differ[0]).as("a 40-line order over many nodes: knapsacks where 500 and 2,000 differ").isGreaterThan(3);
        assertThat(differ[1]).as("an 80-line order over many nodes, at most 40 items").isGreaterThan(3);
        assertThat(differ[2]).as("an 80-line order over many nodes, more than 40 items").isGreaterThan(3);
        assertThat(differ[3]).as("over few nodes").isGreaterThan(3);
    }

    /** Node n's stocked lines of some weight. */
    private static Integer[] weighted(OrderProblem p, int n) {
        return IntStream.range(0, p.lineCount).filter(l -> p.avail[n][l] > 0 && p.weight[l] > 0).boxed().toArray(Integer[]::new);
    }
}
