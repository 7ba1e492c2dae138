package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leaf's exact search pruned by its Lagrangian ({@link LeafBound}) must find what the search
 * without it finds. The case: order SO-000007 of the size bench's 40 x 200 scenario (7 orders,
 * seed 42), the leaf DC-5 at the 20 kg break, DC-9 in the tail, DC-15 at the 5 kg break, with the
 * multipliers the branch-and-bound handed it when it returned 227.5436 as proven (a child's 30
 * steps, -Dchild.near=0.02). Its best plan, 227.5369, puts DC-5 at exactly 20.0 kg: at 19.78 kg
 * a 0.22 kg unit fits exactly, but the room came out as 0.21999999999999886 kg, the unit as a split
 * of 0.99999999, and the bound allowed none of it, cutting the plan.
 */
class LeafBoundExactFitTest {
    /** The leaf's multipliers (per line of the order), as the branch-and-bound passed them. */
    private static final double[] LAMBDA = {0.8712250073093697, 2.1614528139285514, 0.6572490655477761,
        3.433825332616555, 1.0729026176409255, 3.8147429636087686, 3.546743690050554, 0.8242623802876583,
        0.4143945657275026, 1.0316821986555338, 3.5356265832390275, 10.21779269265592, 3.1470199124096885, 25.0,
        0.5152354106512134, 0.6429360313342382, 1.4009118515139196, 0.4345857372331786, 0.3809412131102362,
        0.5868339117568724, 0.27937318855026627, 0.4482856229353777, 0.9878103397410033, 1.6191006022195373,
        0.7034740112215276, 2.204678396644017, 0.44136055859718976, 0.4010103840919864, 0.4412057222811464,
        0.6089467663017302, 2.7548260993165767, 1.331738151239811, 1.415008623739208, 0.7427061544309937,
        5.0600948248625395, 1.5520652562858814, 6.45295683966785, 0.4680342197832092, 1.1683694098920914,
        0.3541556278172615};
    /** The incumbent then (227.5436) less the cost grid's quantum (0.0001), as the search got it. */
    private static final double BELOW = 227.54350010099998;

    /** The order's problem on the leaf's three nodes (DC-5, DC-9, DC-15), and their levels. */
    private static OrderProblem leaf() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(7, 40, 40, 200, 5000, 1.0), 42);
        Network net = new Network(s);
        RoutingOrder order = s.orders().get(6);
        assertThat(order.id()).isEqualTo("SO-000007");
        OrderProblem whole = OrderProblem.of(net, order, net.newStock(false));
        List<String> ids = List.of("DC-5", "DC-9", "DC-15");
        int[] keep = new int[ids.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = -1;
            for (int n = 0; n < whole.nodeCount; n++) {
                keep[i] = whole.nodeInfo[n].id().equals(ids.get(i)) ? n : keep[i];
            }
            assertThat(keep[i]).as(ids.get(i)).isNotNegative();
        }
        return whole.restrictedTo(keep, keep.length);
    }

    private static final int[] LEVELS = {5, 7, 3}; // 20 kg, the tail, 5 kg

    @Test
    void theLeafsLagrangianKeepsThePlanThatFillsABreakExactly() {
        OrderProblem q = leaf();
        assertThat(q.lineCount).isEqualTo(LAMBDA.length);
        SolveResult plain = new NodeSetSolver(q, 2_000_000).solveAtLevels(BELOW, LEVELS);
        assertThat(plain.optimal()).isTrue();
        assertThat(plain.cost()).isCloseTo(227.5369, within(1e-9));
        SolveResult pruned = new NodeSetSolver(q, 2_000_000).solveAtLevels(BELOW, LEVELS, LAMBDA);
        assertThat(pruned.x()).as("the plan of 227.5369, cut by the leaf's bound").isNotNull();
        assertThat(pruned.cost()).isCloseTo(plain.cost(), within(1e-9));
        assertThat(pruned.optimal()).isTrue();
    }

    @Test
    void theLeafsPlacementFindsIt() {
        OrderProblem q = leaf();
        LevelPlacement.Placed placed = LevelPlacement.under(q, LEVELS, BELOW, 200_000, LAMBDA);
        assertThat(placed.x()).as("LevelPlacement with the leaf's multipliers").isNotNull();
        assertThat(placed.cost()).isCloseTo(227.5369, within(1e-9));
    }
}
