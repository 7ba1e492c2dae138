package com.orderdesk.logic.kpi;

import static com.orderdesk.logic.kpi.KpiTestLedgers.D;
import static com.orderdesk.logic.kpi.KpiTestLedgers.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Order and payment figures against operations/ (P = 30: 2026-06-01 .. 2026-06-30).
 * Entered in the period: O1 PHONE touched, O2 PHONE, O3 EMAIL, O5 EDI, O6 EDI, O8 EMAIL touched
 * (O4 and O7 were entered in May). Shipped in the period: O4 06-01 (3 shipments, late),
 * O1 06-06, O3 06-06 (invoice corrected), O2 06-10 (2 shipments, incomplete); O6 and O8 ship in
 * July, O7 shipped in May. Payments received in the period: P1..P7, P2 and P6 applied by a person.
 */
class KpiOperationsTest {
    private final KpiBook book = KpiTestLedgers.book("operations");
    private final Period june = Period.endingOn(D, 30);
    private final KpiFigures f = book.figures(june);

    @Test
    void touchlessShareOverallAndByChannel() {
        assertThat(f.basis().ordersEntered()).isEqualTo(6);
        assertThat(f.basis().ordersTouched()).isEqualTo(2);
        assertThat(f.touchlessOrderRate()).isEqualTo(d("0.6667")); // 4 / 6
        assertThat(f.touchlessByChannel()).containsExactlyEntriesOf(orderedMap(
                OrderChannel.PHONE, d("0.5000"), OrderChannel.EMAIL, d("0.5000"), OrderChannel.EDI, d("1.0000")));
        assertThat(f.touchlessByChannel()).containsEntry(OrderChannel.FILE, null); // no FILE orders: null, not 0
    }

    private static Map<OrderChannel, java.math.BigDecimal> orderedMap(Object... pairs) {
        Map<OrderChannel, java.math.BigDecimal> map = new java.util.EnumMap<>(OrderChannel.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((OrderChannel) pairs[i], (java.math.BigDecimal) pairs[i + 1]);
        }
        map.put(OrderChannel.FILE, null);
        return map;
    }

    @Test
    void autoAppliedCashIsAShareOfPaymentsReceived() {
        assertThat(f.basis().paymentsReceived()).isEqualTo(7);
        assertThat(f.autoCashRate()).isEqualTo(d("0.7143")); // 5 / 7 = 0.714285...
    }

    @Test
    void shipmentFiguresCountOrdersShippedInThePeriod() {
        assertThat(f.basis().ordersShipped()).isEqualTo(4);
        assertThat(f.splitShipmentRate()).isEqualTo(d("0.5000")); // O2, O4
        assertThat(f.perfectOrderRate()).isEqualTo(d("0.2500")); // O1 only
        // (12.00 + 22.50 + 9.33 + 38.03) / 4 = 81.86 / 4 = 20.465: half-up to 20.47 (half-even would say 20.46)
        assertThat(f.basis().shippingAndHandling()).isEqualTo(d("81.86"));
        assertThat(f.costPerOrder()).isEqualTo(d("20.47"));
        // days from entry to shipment 4, 7, 2, 7 -> 2, 4, 7, 7 -> (4 + 7) / 2
        assertThat(f.daysToShip()).isEqualTo(d("5.5"));
    }

    @Test
    void aPeriodWithoutOrdersOrPaymentsGivesNulls() {
        KpiFigures april = book.figures(Period.endingOn(D.minusDays(61), 30));
        assertThat(april.touchlessOrderRate()).isNull();
        assertThat(april.touchlessByChannel().values()).containsOnlyNulls();
        assertThat(april.autoCashRate()).isNull();
        assertThat(april.splitShipmentRate()).isNull();
        assertThat(april.costPerOrder()).isNull();
        assertThat(april.perfectOrderRate()).isNull();
        assertThat(april.daysToShip()).isNull();
    }

    @Test
    void drillDownGivesTheDocumentsBehindEachFigure() {
        KpiDrillDown drill = book.drillDown();
        assertThat(drill.ordersTouched(june, null)).containsExactly("O1", "O8");
        assertThat(drill.ordersTouched(june, OrderChannel.EMAIL)).containsExactly("O8");
        assertThat(drill.ordersTouchless(june, OrderChannel.EDI)).containsExactly("O5", "O6");
        assertThat(drill.ordersEntered(june, null)).containsExactlyInAnyOrder("O1", "O2", "O3", "O5", "O6", "O8");
        assertThat(drill.ordersShipped(june)).containsExactly("O4", "O1", "O3", "O2");
        assertThat(drill.ordersSplit(june)).containsExactly("O4", "O2");
        assertThat(drill.ordersNotPerfect(june)).containsExactly("O4", "O3", "O2");
        assertThat(drill.paymentsAppliedByPerson(june)).containsExactly("P2", "P6");
        assertThat(drill.paymentsAutoApplied(june)).containsExactly("P1", "P3", "P4", "P5", "P7");
        assertThat(drill.paymentsReceived(june)).hasSize(7).doesNotContain("P8", "P9");
    }
}
