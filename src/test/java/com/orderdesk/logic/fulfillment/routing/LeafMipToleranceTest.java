package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.GeoPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LeafMip#offer settles a branch whose LP optimum is whole when the data bound is within 1e-7 of
 * what the plan is charged: 100 x ExactOrderSolver.EPS. An LP stopped at a vertex whose improving
 * column's reduced cost is under LeafSimplex.COST (1e-10) per unit, over a 200-unit range, is
 * 9.8e-9 above the leaf's optimum, and that branch is closed anyway.
 *
 * Two nodes, both at level 0 (<= 200 kg), line L (1 kg, 200 units) and H (4 kg, 50 units), each
 * node stocking all of both. V1 = A: 200 L, B: 50 H; V2 = A: 50 H, B: 200 L. Priced extras
 * (>= 0) per unit: L at B 1e-12, H at B 2e-10, else 0; so V2 is cheaper by 50 x 2e-10 - 200 x 1e-12.
 */
class LeafMipToleranceTest {

    private static OrderProblem problem() {
        GeoPoint at = new GeoPoint(40.0, -74.0);
        RateCard card = new RateCard(List.of(new ZoneBand(1, null)), List.of(200.0, 300.0),
                Map.of(1, List.of(10.0, 12.0)), Map.of(1, 1.0));
        List<FulfillmentNode> nodes = List.of(new FulfillmentNode("A", NodeType.values()[0], at, 1.0, 0.5, null),
                new FulfillmentNode("B", NodeType.values()[0], at, 1.0, 0.5, null));
        List<SkuInfo> skus = List.of(new SkuInfo("L", 1.0), new SkuInfo("H", 4.0));
        List<StockLevel> stock = List.of(new StockLevel("A", "L", 200, 0), new StockLevel("A", "H", 50, 0),
                new StockLevel("B", "L", 200, 0), new StockLevel("B", "H", 50, 0));
        RoutingOrder order = new RoutingOrder("O", at, List.of(new OrderLine("L", 200), new OrderLine("H", 50)), false, null);
        Scenario s = new Scenario(card, nodes, skus, stock, List.of(order), 60);
        Network net = new Network(s);
        OrderProblem real = OrderProblem.of(net, order, net.newStock(false));
        double[][] extra = {{0, 0}, {1e-12, 2e-10}};
        return real.priced(extra, null);
    }

    @Test
    void aWholeLpOptimumWithinOneTenMillionthOfItsBoundIsTakenAsTheBranchOptimum() {
        OrderProblem p = problem();
        assertThat(p.nodeCount).isEqualTo(2);
        int[][] v1 = {{200, 0}, {0, 50}};
        int[][] v2 = {{0, 50}, {200, 0}};
        double c1 = p.cost(v1);
        double c2 = p.cost(v2);
        assertThat(c1 - c2).isGreaterThan(5 * ExactOrderSolver.EPS);
        // a limit well above: the leaf claims the optimum, yet V2 is cheaper by 9.8e-9
        SolveResult r = new LeafMip(p, new int[] {0, 0}, 1_000_000).solve(c1 + 1);
        System.out.printf("V1 %.12f V2 %.12f found %.12f optimal %b%n", c1, c2, r.cost(), r.optimal());
        assertThat(r.optimal() && r.cost() > c2 + ExactOrderSolver.EPS).as("claims optimal above the optimum").isFalse();
    }

    @Test
    void aPlanUnderTheLimitIsLostWhenTheBranchSettlesOnAPlanAtTheLimit() {
        OrderProblem p = problem();
        double c1 = p.cost(new int[][] {{200, 0}, {0, 50}});
        double c2 = p.cost(new int[][] {{0, 50}, {200, 0}});
        // below = V1's cost: V2 (c1 - 9.8e-9) is under below - EPS and must be found, or the search must report itself incomplete
        SolveResult r = new LeafMip(p, new int[] {0, 0}, 1_000_000).solve(c1);
        System.out.printf("below %.12f V2 %.12f found %s %.12f optimal %b%n", c1, c2, r.x() != null, r.cost(), r.optimal());
        assertThat(r.optimal() && r.x() == null).as("V2 lost, search claims complete").isFalse();
    }
}
