package com.orderdesk.persistence.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.stock.StockUseCases;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.stock.MovementOutcome;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.stock.AdjustmentReason;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipts, adjustments and transfers change on hand at once, each kept in the node's history with
 * who, when, why and the count after it; the router and order entry see a receipt in the same
 * transaction. The book: gloves at DC-ATL 500 on hand / 20 reserved / 10 safety and ST-CHI 30;
 * towels at DC-ATL 12 / 0 / 2; one drum at DC-ATL, reserved.
 */
class StockMovementTest {
    @TempDir
    Path dir;
    TestBook book;
    AppServices services;
    StockUseCases stock;
    SignedInUser clerk;
    long atl;
    long chi;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        services = book.services();
        stock = services.catalog().stock();
        clerk = book.clerk();
        atl = nodeId("DC-ATL");
        chi = nodeId("ST-CHI");
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private long nodeId(String code) {
        return book.db.read(s -> s.createSelectionQuery("select n.id from FulfillmentNode n where n.code = :c", Long.class)
                .setParameter("c", code).getSingleResult());
    }

    private NodeStockLine at(StockView view, String code) {
        return view.nodes().stream().filter(n -> n.nodeCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theStockViewShowsOnHandReservedSafetyAvailableAndBackorderedDemand() {
        StockView gloves = stock.view(clerk, book.gloveId);
        assertThat(gloves.nodes()).extracting(n -> n.nodeCode() + " " + n.onHand() + "/" + n.reserved() + "/" + n.safetyStock()
                + " -> " + n.available()).containsExactly("DC-ATL 500/20/10 -> 470", "ST-CHI 30/0/0 -> 30");
        assertThat(gloves.available()).isEqualTo(500);
        assertThat(gloves.backordered()).isZero();

        long order = FulfillmentFixture.releasedOrder(book, book.drumId, "DGR-55", 4);
        assertThat(services.fulfillment().route(clerk, order).backorderedUnits()).isEqualTo(4);
        StockView drums = stock.view(clerk, book.drumId);
        assertThat(drums.available()).isZero();
        assertThat(drums.backordered()).isEqualTo(4);
        assertThat(drums.backorderedOrders()).isEqualTo(1);
    }

    @Test
    void aReceiptIsVisibleToTheRouterAndToOrderEntryInTheSameTransaction() {
        // a new item nobody holds yet: without the receipt the router can only backorder it
        long wipes = services.catalog().products().create(book.admin(), new com.orderdesk.logic.catalog.ProductData("WIPE-80",
                "Disinfecting wipes, canister of 80", "EA", 12, 450, null, com.orderdesk.model.common.Money.of("6.90"),
                com.orderdesk.model.common.Money.of("3.80"), "Janitorial", true, true)).id();
        long order = FulfillmentFixture.releasedOrder(book, wipes, "WIPE-80", 3);
        assertThat(services.products().quote(clerk, wipes, book.acmeId, TestBook.TODAY).available()).isZero();

        RoutingOutcome routed = services.unitOfWork().write("Receiving wipes and routing the order", () -> {
            stock.receive(clerk, wipes, chi, 5, "DN-48213 Carolina Safety", null);
            // not committed yet: order entry's quote and the router read the same transaction
            assertThat(services.products().quote(clerk, wipes, book.acmeId, TestBook.TODAY).available()).isEqualTo(5);
            return services.fulfillment().route(clerk, order);
        });

        assertThat(routed.backorderedUnits()).as("the 3 canisters come from the receipt at ST-CHI").isZero();
        assertThat(routed.shipmentNumbers()).hasSize(1);
        assertThat(FulfillmentFixture.reserved(book.db, "ST-CHI", wipes)).isEqualTo(3);
        assertThat(FulfillmentFixture.onHand(book.db, "ST-CHI", wipes)).isEqualTo(5);
        assertThat(stock.view(clerk, wipes).available()).isEqualTo(2);
    }

    @Test
    void aReceiptRolledBackWithItsTransactionLeavesNoStockAndNoHistory() {
        assertThatThrownBy(() -> services.unitOfWork().run("Receiving and failing", () -> {
            stock.receive(clerk, book.towelId, atl, 100, "DN-1", null);
            throw new IllegalStateException("the rest of the work failed");
        })).hasMessageContaining("the rest of the work failed");
        assertThat(FulfillmentFixture.onHand(book.db, "DC-ATL", book.towelId)).isEqualTo(12);
        assertThat(stock.history(clerk, book.towelId, null)).isEmpty();
    }

    @Test
    void receiveAdjustAndTransferEachKeepTheirLineInTheHistory() {
        MovementOutcome received = stock.receive(clerk, book.towelId, atl, 48, "DN-77120 Pacific Paper", "pallet 2 of 3");
        assertThat(received.message()).isEqualTo("Received 48 CS of TWL-ROLL-8 at DC-ATL: 60 on hand (DN-77120 Pacific Paper).");
        stock.adjust(clerk, book.towelId, atl, AdjustmentReason.DAMAGE, 2, "forklift");
        stock.adjust(clerk, book.towelId, atl, AdjustmentReason.COUNT, 55, "cycle count aisle 4");
        stock.adjust(clerk, book.towelId, atl, AdjustmentReason.FOUND, 1, "behind the racking");
        MovementOutcome moved = stock.transfer(clerk, book.towelId, atl, chi, 20, "TR-1", null);
        assertThat(moved.message()).isEqualTo("Moved 20 CS of TWL-ROLL-8 from DC-ATL (36 left) to ST-CHI (20 on hand).");

        assertThat(stock.history(clerk, book.towelId, atl)).extracting(m -> m.description() + " " + m.quantity() + " -> "
                + m.onHandAfter() + " " + m.by()).containsExactly(
                "Transfer to ST-CHI -20 -> 36 clerk1",
                "Adjustment (found) 1 -> 56 clerk1",
                "Adjustment (count) -3 -> 55 clerk1",
                "Adjustment (damage) -2 -> 58 clerk1",
                "Receipt 48 -> 60 clerk1");
        assertThat(stock.history(clerk, book.towelId, chi)).singleElement().satisfies(m -> {
            assertThat(m.description()).isEqualTo("Transfer from DC-ATL");
            assertThat(m.reference()).isEqualTo("TR-1");
            assertThat(m.onHandAfter()).isEqualTo(20);
        });
        assertThat(stock.history(clerk, book.towelId, null)).hasSize(6);
        StockView towels = stock.view(clerk, book.towelId);
        assertThat(at(towels, "DC-ATL").onHand()).isEqualTo(36);
        assertThat(at(towels, "DC-ATL").available()).isEqualTo(34); // 36 - 0 reserved - 2 safety
        assertThat(at(towels, "ST-CHI").available()).isEqualTo(20);

        List<String> audit = book.db.read(s -> s.createNativeQuery("SELECT action FROM audit_entry WHERE doc_type = 'STOCK' "
                + "ORDER BY seq", String.class).getResultList());
        assertThat(audit).containsExactly("STOCK_RECEIPT", "STOCK_ADJUST", "STOCK_ADJUST", "STOCK_ADJUST", "STOCK_TRANSFER");
        assertThatThrownBy(() -> book.db.write(s -> s.createNativeMutationQuery("DELETE FROM stock_movement").executeUpdate()))
                .as("the ledger refuses deletes").hasStackTraceContaining("stock movements are kept as they were made");
    }

    @Test
    void aShipmentThatLeftShowsInTheHistory() {
        long order = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10);
        services.fulfillment().route(clerk, order);
        var view = services.fulfillment().load(clerk, order);
        var sh = view.activeShipments().get(0);
        services.shipping().confirmShipped(clerk, new com.orderdesk.logic.fulfillment.ShipConfirmation(sh.id(), sh.version(),
                "UPS", "1Z999", TestBook.TODAY, java.util.Map.of()));
        stock.receive(clerk, book.gloveId, atl, 24, "DN-1", null);
        List<MovementRow> history = stock.history(clerk, book.gloveId, null);
        assertThat(history).extracting(m -> m.nodeCode() + " " + m.description() + " " + m.quantity() + " -> " + m.onHandAfter())
                .as("each line with the count after it: 30 at ST-CHI less the 10 shipped; 500 at DC-ATL and 24 received")
                .containsExactly("DC-ATL Receipt 24 -> 524", "ST-CHI Shipment -10 -> 20");
        assertThat(history.get(1).reference()).startsWith("SH-");
    }

    @Test
    void impossibleMovementsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> stock.receive(clerk, book.towelId, atl, 0, null, null))
                .hasMessageStartingWith("Quantity: a whole number from 1");
        assertThatThrownBy(() -> stock.adjust(clerk, book.towelId, atl, AdjustmentReason.DAMAGE, 13, null))
                .hasMessage("Only 12 on hand at DC-ATL; 13 cannot be written off as damaged.");
        assertThatThrownBy(() -> stock.adjust(clerk, book.towelId, atl, AdjustmentReason.COUNT, 12, null))
                .hasMessageContaining("nothing to adjust");
        assertThatThrownBy(() -> stock.transfer(clerk, book.drumId, atl, chi, 1, null, null))
                .hasMessage("Only 0 of DGR-55 at DC-ATL are on hand and not reserved for orders; 1 cannot leave.");
        assertThatThrownBy(() -> stock.transfer(clerk, book.towelId, atl, atl, 1, null, null)).hasMessageContaining("another node");
        MovementOutcome counted = stock.adjust(clerk, book.drumId, atl, AdjustmentReason.COUNT, 0, "empty drum rack");
        assertThat(counted.warning()).isEqualTo("1 of DGR-55 are reserved for orders at DC-ATL but only 0 are on hand:"
                + " 1 will be short at picking.");
        assertThat(stock.history(clerk, book.towelId, null)).isEmpty();
    }
}
