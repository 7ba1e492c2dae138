package com.orderdesk.logic.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shipment's line in the stock history shows the count after it, like every other line of the ledger. */
class StockLedgerTest {
    private static MovementRow move(int minute, String node, String kind, int qty, Integer after) {
        return new MovementRow(Instant.parse("2026-12-07T09:00:00Z").plusSeconds(60L * minute), node, kind, null, qty, after,
                null, null, null, "olivia");
    }

    @Test
    void eachShipmentShowsTheCountAfterItCountedBackFromTheNewerLinesAtItsNode() {
        List<MovementRow> newestFirst = List.of(
                move(5, "DC-ATL", MovementRow.SHIPMENT, -10, null),
                move(4, "ST-CHI", MovementRow.SHIPMENT, -3, null),
                move(3, "DC-ATL", "RECEIPT", 48, 100),
                move(2, "DC-ATL", MovementRow.SHIPMENT, -8, null),
                move(1, "DC-ATL", MovementRow.SHIPMENT, -2, null));
        List<MovementRow> ledger = StockLedger.withCountsAfter(newestFirst, Map.of("DC-ATL", 90, "ST-CHI", 27));
        assertThat(ledger).extracting(MovementRow::onHandAfter).containsExactly(90, 27, 100, 52, 60);
    }

    @Test
    void aNodeWithoutAnInventoryLineCountsFromZero() {
        List<MovementRow> ledger = StockLedger.withCountsAfter(List.of(
                move(2, "DC-ATL", MovementRow.SHIPMENT, -5, null),
                move(1, "DC-ATL", "ADJUSTMENT", -3, 0)), Map.of());
        assertThat(ledger).extracting(MovementRow::onHandAfter).containsExactly(0, 0);
    }
}
