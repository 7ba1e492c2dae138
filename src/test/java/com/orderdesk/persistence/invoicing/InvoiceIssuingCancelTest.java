package com.orderdesk.persistence.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issuing run tells where it stands before each shipment and stops between two when asked (the
 * invoices screen's Cancel), on a real SQLite file: what was issued stays issued, the rest wait.
 */
class InvoiceIssuingCancelTest {
    @TempDir
    java.nio.file.Path dir;
    private InvoicingFixture fx;

    @BeforeEach
    void setUp() {
        fx = new InvoicingFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.book.db.close();
    }

    /** Records each "starting" and asks to stop once {@code stopAfter} shipments have been started. */
    private static final class StopAfter implements BatchProgress {
        final List<String> told = new ArrayList<>();
        private final int stopAfter;

        StopAfter(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void starting(int number, int of) {
            told.add(number + " of " + of);
        }

        @Override
        public boolean stopRequested() {
            return told.size() >= stopAfter;
        }
    }

    private List<Long> shipments(int count) {
        return LongStream.range(0, count).mapToObj(i -> fx.ship(fx.acmeOrder(), 10, 3)).toList();
    }

    @Test
    void aStopBetweenTwoShipmentsKeepsTheInvoicesIssuedAndLeavesTheRestWaiting() {
        List<Long> ids = shipments(5);
        StopAfter progress = new StopAfter(2);

        IssueResult result = fx.service().useCases().issueInvoices(fx.service().user("ar1"), ids, progress);

        assertThat(progress.told).containsExactly("1 of 5", "2 of 5");
        assertThat(result.stopped()).isTrue();
        assertThat(result.issued()).containsExactly("INV-010001", "INV-010002");
        assertThat(result.failures()).isEmpty();
        assertThat(fx.service().shipmentsToInvoice()).extracting(ShipmentToInvoice::shipmentId)
                .containsExactlyElementsOf(ids.subList(2, 5));
        // the next run goes on from the next number: the stop used none
        IssueResult rest = fx.service().issueInvoices(ids.subList(2, 5), "ar1");
        assertThat(rest.issued()).containsExactly("INV-010003", "INV-010004", "INV-010005");
        assertThat(rest.stopped()).isFalse();
    }

    @Test
    void aRunNobodyStopsTellsEveryShipmentAndIsNotStopped() {
        List<Long> ids = shipments(3);
        StopAfter progress = new StopAfter(Integer.MAX_VALUE);

        IssueResult result = fx.service().useCases().issueInvoices(fx.service().user("ar1"), ids, progress);

        assertThat(progress.told).containsExactly("1 of 3", "2 of 3", "3 of 3");
        assertThat(result.stopped()).isFalse();
        assertThat(result.issued()).hasSize(3);
        assertThat(fx.service().shipmentsToInvoice()).isEmpty();
    }
}
