package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.model.common.GeoPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static final RateCard CARD = new RateCard(
            List.of(new ZoneBand(1, 80.0), new ZoneBand(2, 241.0), new ZoneBand(8, null)),
            List.of(0.3, 1.0, 30.0),
            Map.of(1, List.of(7.10, 7.60, 22.50), 2, List.of(8.00, 9.00, 30.00), 8, List.of(11.0, 12.0, 40.0)),
            Map.of(1, 0.55, 2, 0.60, 8, 0.90));
    private final RateTable table = new RateTable(CARD);

    @Test
    void zoneIsTheFirstListedWhoseMaxCoversTheDistanceAndNullHasNoLimit() {
        assertThat(table.zoneNumber(table.zoneIndex(0))).isEqualTo(1);
        assertThat(table.zoneNumber(table.zoneIndex(80.0))).isEqualTo(1);
        assertThat(table.zoneNumber(table.zoneIndex(80.0001))).isEqualTo(2);
        assertThat(table.zoneNumber(table.zoneIndex(241.0))).isEqualTo(2);
        assertThat(table.zoneNumber(table.zoneIndex(20_000))).isEqualTo(8);
    }

    @Test
    void aCardWithoutAnOpenEndedZoneCannotReachFartherAddresses() {
        RateTable near = new RateTable(new RateCard(List.of(new ZoneBand(1, 80.0)), List.of(1.0),
                Map.of(1, List.of(5.0)), Map.of(1, 1.0)));
        assertThat(near.zoneIndex(81)).isEqualTo(-1);
    }

    @Test
    void rateIsThePriceOfTheSmallestBreakAtOrAboveTheWeightExactlyAtTheBreak() {
        int z1 = table.zoneIndex(10);
        assertThat(table.rate(z1, RateTable.toMicro(0.1) + RateTable.toMicro(0.2))).isEqualTo(7.10); // 0.1 + 0.2 is 0.3 exactly
        assertThat(table.rate(z1, RateTable.toMicro(0.300001))).isEqualTo(7.60);
        assertThat(table.rate(z1, RateTable.toMicro(1.0))).isEqualTo(7.60);
        assertThat(table.rate(z1, RateTable.toMicro(30.0))).isEqualTo(22.50);
    }

    @Test
    void aboveTheLastBreakEachKgCostsThePerKgPrice() {
        int z2 = table.zoneIndex(100);
        assertThat(table.rate(z2, RateTable.toMicro(35.5))).isCloseTo(30.00 + 0.60 * 5.5, within(1e-9));
    }

    @Test
    void orderCostAddsHandlingPickingRateAndBackorderPenaltyAndHonoursSafetyStock() {
        GeoPoint atlanta = new GeoPoint(33.749, -84.388);
        Scenario s = new Scenario(CARD,
                List.of(new FulfillmentNode("DC", NodeType.DC, atlanta, 2.50, 0.20, null)),
                List.of(new SkuInfo("A", 0.4)),
                List.of(new StockLevel("DC", "A", 5, 2)),
                List.of(new RoutingOrder("SO-1", new GeoPoint(33.76, -84.40), List.of(new OrderLine("A", 4)), false, null)),
                25.00);
        OrderPlan plan = new FulfillmentRouter().route(s, RoutingMode.INDEPENDENT).orders().get(0);
        assertThat(plan.shipments()).singleElement().satisfies(sh -> {
            assertThat(sh.units()).isEqualTo(3); // 5 on hand, 2 safety stock
            assertThat(sh.zone()).isEqualTo(1);
            assertThat(sh.weightKg()).isCloseTo(1.2, within(1e-9));
            assertThat(sh.breakdown().handling()).isEqualTo(2.50);
            assertThat(sh.breakdown().picking()).isCloseTo(0.60, within(1e-9));
            assertThat(sh.breakdown().rate()).isEqualTo(22.50); // 1.2 kg: the 30 kg break
        });
        assertThat(plan.backordered()).containsExactly(new OrderLine("A", 1));
        assertThat(plan.breakdown().backorder()).isEqualTo(25.00);
        assertThat(plan.cost()).isCloseTo(2.50 + 0.60 + 22.50 + 25.00, within(1e-9));
    }

    @Test
    void backorderingWinsWhenShippingCostsMoreThanThePenalty() {
        GeoPoint atlanta = new GeoPoint(33.749, -84.388);
        Scenario s = new Scenario(CARD,
                List.of(new FulfillmentNode("DC", NodeType.DC, atlanta, 2.50, 0.20, null)),
                List.of(new SkuInfo("A", 0.4)),
                List.of(new StockLevel("DC", "A", 5, 0)),
                List.of(new RoutingOrder("SO-1", new GeoPoint(47.6, -122.3), List.of(new OrderLine("A", 1)), false, null)),
                3.00);
        OrderPlan plan = new FulfillmentRouter().route(s, RoutingMode.INDEPENDENT).orders().get(0);
        assertThat(plan.shipments()).isEmpty();
        assertThat(plan.cost()).isEqualTo(3.00);
        assertThat(plan.optimal()).isTrue();
    }
}
