package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routing map's state without a window: plan rows, alternatives, saving, a move previewed, the map's markers. */
class FulfillmentViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsThePlanAndPreviewsAMoveWithItsDifference() {
        TestBook book = TestBook.create(dir);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        desk.route(id, "clerk");
        OrderRoutingView view = desk.load(id);
        FulfillmentViewModel vm = new FulfillmentViewModel();

        vm.show(view);

        assertThat(vm.planRows()).extracting(PlanRow::sku).containsExactlyInAnyOrder("GLV-NIT-L", "TWL-ROLL-8");
        assertThat(vm.currentPlan().cost()).isEqualTo(view.explanation().chosen().cost(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(vm.alternatives()).first().satisfies(r -> assertThat(r.label()).isEqualTo("Best \u2713"));
        assertThat(vm.alternatives()).last().satisfies(r -> assertThat(r.label()).isEqualTo("Nearest first"));
        assertThat(vm.savingText()).startsWith("Nearest first would cost ")
                .containsPattern("\\(\\d+(\\.\\d)?%\\)"); // a percentage as Formats writes it (it read "(13.6 %)")
        MapMarkers markers = vm.markers();
        assertThat(markers.nodes()).hasSize(2);
        assertThat(markers.routes()).hasSize(view.activeShipments().size());
        assertThat(markers.nodes()).filteredOn(MapMarkers.Node::ships).allSatisfy(n -> assertThat(n.hover()).contains("available"));
        assertThat(vm.previewText()).isEmpty();

        PlanRow gloves = vm.planRows().stream().filter(r -> r.sku().equals("GLV-NIT-L")).findFirst().orElseThrow();
        String other = gloves.node().equals("ST-CHI") ? "DC-ATL" : "ST-CHI";
        vm.proposeMove(gloves.node(), "GLV-NIT-L", other, 10);

        assertThat(vm.previewText()).matches("New cost [0-9.,]+, [+\u2212][0-9.,]+ against the current plan \\([0-9.,]+\\).*");
        assertThat(vm.planRows()).allMatch(r -> r.status().equals("Proposed"));
        assertThat(vm.markers().routes()).extracting(MapMarkers.Route::nodeCode).contains(other);
        assertThatThrownBy(() -> vm.proposeMove(other, "GLV-NIT-L", other, 1)).hasMessageContaining("other than");
        vm.clearProposal();
        assertThat(vm.previewText()).isEmpty();

        // choosing an alternative previews its cost and the difference before anything is confirmed
        AlternativeRow alt = vm.alternatives().get(1);
        assertThat(alt.label()).isEqualTo("Alt. 1");
        vm.proposeAlternative(alt.plan());
        assertThat(vm.previewText()).startsWith(String.format(java.util.Locale.US, "New cost %,.2f, +", alt.plan().cost()));
        assertThat(vm.planRows()).allMatch(r -> r.status().equals("Proposed"));
        assertThat(vm.markers().routes()).extracting(MapMarkers.Route::nodeCode)
                .containsExactlyInAnyOrderElementsOf(alt.plan().nodeIds());
        vm.clearProposal();

        // when the alternatives search ran out of budget the screen says the list is not proven
        assertThat(vm.savingText()).doesNotContain("not proven");
        var e = view.explanation();
        vm.show(new OrderRoutingView(view.orderId(), view.orderNumber(), view.customerName(), view.status(), view.shipToText(),
                view.shipTo(), view.lines(), view.nodes(), view.shipments(), view.backordered(),
                new com.orderdesk.logic.fulfillment.routing.OrderExplanation(e.chosen(), e.alternatives(), false, e.baseline()),
                view.scenario()));
        assertThat(vm.savingText()).endsWith("not proven the cheapest (the search stopped at its limit).");
        book.db.close();
    }

    /**
     * Defect (5 December 2026, demo book): an order whose deliver-by date had passed showed its plan
     * shipping late beside alternatives that backordered everything ("Best: backorder 800.00",
     * "Nearest first would cost 800.00"): the explanation kept the date the plan had dropped.
     */
    @Test
    void anOrderWhoseDeliverByDateHasPassedIsExplainedAsItShipsLateAndSaysSo() {
        TestBook book = TestBook.create(dir);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        java.time.LocalDate passed = TestBook.TODAY.minusDays(3);
        book.db.write(s -> {
            s.find(com.orderdesk.model.order.SalesOrder.class, id).setDelivery(passed, null);
            return null;
        });
        desk.route(id, "clerk");
        OrderRoutingView view = desk.load(id);
        FulfillmentViewModel vm = new FulfillmentViewModel();

        vm.show(view);

        assertThat(view.missedDeliverBy()).isEqualTo(passed);
        assertThat(view.explanation().chosen().backorderedUnits()).isZero();
        assertThat(view.explanation().baseline().backorderedUnits()).isZero();
        assertThat(vm.currentPlan().cost()).isEqualTo(view.explanation().chosen().cost(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(vm.savingText()).startsWith("Deliver by " + com.orderdesk.gui.common.Formats.forDefaultLocale().date(passed)
                + " cannot be met from the stock as it stands: these plans ship late, at the least cost. Nearest first would cost ");
        book.db.close();
    }

    /** Defect: after a short pick, selecting the order threw "The plan ships 3 of ... but the order asks for 2". */
    @Test
    void anOrderWhoseShortPickWasRoutedAgainShowsItsPlanAsItShipsNotTwice() {
        TestBook book = TestBook.create(dir);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        long id = ShortPickTest.shortPickedOrder(book, desk);
        OrderRoutingView view = desk.load(id);
        FulfillmentViewModel vm = new FulfillmentViewModel();

        vm.show(view);

        assertThat(ShortPickTest.shipped(vm)).containsEntry("GLV-NIT-L", 10).containsEntry("TWL-ROLL-8", 2);
        assertThat(vm.planRows()).filteredOn(r -> r.sku().equals("GLV-NIT-L")).extracting(PlanRow::qty).contains(10, 3);
        assertThat(vm.previewText()).isEmpty();
        book.db.close();
    }
    /**
     * tour13: a shipment of two lines showed its cost (26.84) on both, so the Cost column summed to
     * twice the plan's cost; the cost now shows on each shipment's first line only.
     */
    @Test
    void theCostColumnAddsUpToThePlansCost() {
        TestBook book = TestBook.create(dir);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        desk.route(id, "clerk");
        FulfillmentViewModel vm = new FulfillmentViewModel();
        vm.show(desk.load(id));

        java.util.List<PlanRow> rows = vm.planRows();
        assertThat(rows.stream().map(PlanRow::shipment).distinct().count()).as("a shipment of two lines").isLessThan(rows.size());
        double summed = rows.stream().filter(r -> !r.cost().isEmpty())
                .mapToDouble(r -> Double.parseDouble(r.cost().replace(",", ""))).sum();
        assertThat(summed).isEqualTo(vm.currentPlan().cost(), org.assertj.core.data.Offset.offset(0.005));
    }
}
