package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's movements cut to what each item's count now allows, so that no history opens below zero. */
class DemoStockWithinTest {
    private static final long DC = 1;
    private static final long STORE = 9;

    @Test
    void aReceiptLargerThanTheCountAfterItIsCutToTheWholeCasesThatCountHolds() {
        // default book, product 6 at the first DC: received 192, one damaged, 146 on hand now: it opened at -45
        List<DemoStockAndPrices.Move> kept = DemoStockAndPrices.withinStock(List.of(
                move(1, DC, "RECEIPT", 192, null), move(2, DC, "ADJUSTMENT", -1, null)), Map.of("6/" + DC, 146));
        assertThat(kept).extracting(DemoStockAndPrices.Move::qty).containsExactly(144, -1);
    }

    @Test
    void aTransferCutAtTheStoreIsCutAtTheDcAndWhatIsCutToNothingIsLeftOut() {
        List<DemoStockAndPrices.Move> kept = DemoStockAndPrices.withinStock(List.of(
                move(1, DC, "RECEIPT", 48, null),
                move(2, DC, "TRANSFER_OUT", -20, STORE), move(2, STORE, "TRANSFER_IN", 20, DC),
                move(3, DC, "RECEIPT", 24, null)), Map.of("6/" + DC, 30, "6/" + STORE, 5));
        // the store holds 5 now: it took in 5; the DC then held 6 after it and 11 before, so the older
        // receipt of 48 is none (left out) and the newer one of 24 stands (30 after it, 6 before)
        assertThat(kept).extracting(m -> m.kind() + " " + m.qty())
                .containsExactly("TRANSFER_OUT -5", "TRANSFER_IN 5", "RECEIPT 24");
    }

    @Test
    void movementsTheCountAllowsStayAsPlanned() {
        List<DemoStockAndPrices.Move> planned = List.of(move(1, DC, "RECEIPT", 96, null), move(2, DC, "ADJUSTMENT", 2, null));
        assertThat(DemoStockAndPrices.withinStock(planned, Map.of("6/" + DC, 300))).isEqualTo(planned);
    }

    private static DemoStockAndPrices.Move move(long at, long node, String kind, int qty, Long other) {
        return new DemoStockAndPrices.Move(at, node, 6, kind, null, qty, kind.startsWith("TRANSFER") ? "TR-1" : null, other,
                null, "olivia");
    }
}
