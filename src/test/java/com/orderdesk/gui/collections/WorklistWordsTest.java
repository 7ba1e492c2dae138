package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.collections.CollectionsUseCases;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status bar's sentence for a loaded worklist, read as a new user reads it (tour of 7 December). */
class WorklistWordsTest {
    private static WorklistRow row(long id) {
        return new WorklistRow(id, "C-" + id, "Customer " + id, RiskClass.values()[0], "", Money.of("10.00"), Money.of("10.00"),
                Money.ZERO, LocalDate.of(2026, 11, 1), null, null, 0.5, "", null, null, null, null, null, false, 36, 1);
    }

    private static String loaded(int customers, int kept, int broken) {
        List<WorklistRow> rows = java.util.stream.LongStream.rangeClosed(1, customers).mapToObj(WorklistWordsTest::row).toList();
        return WorklistViewModel.loaded(new CollectionsUseCases.Worklist(Listing.of(rows), LocalDate.of(2026, 12, 7), kept, broken));
    }

    @Test
    void aKeptPromiseIsCalledOneAndOneCustomerIsOne() {
        // it read "Worklist loaded: 255 customers; 1 kept"
        assertThat(loaded(255, 1, 0)).isEqualTo("Worklist loaded: 255 customers; 1 promise kept");
        assertThat(loaded(255, 2, 0)).isEqualTo("Worklist loaded: 255 customers; 2 promises kept");
        assertThat(loaded(1, 0, 0)).isEqualTo("Worklist loaded: 1 customer");
        assertThat(loaded(3, 2, 1)).isEqualTo("Worklist loaded: 3 customers; 1 broken promise, 2 kept");
    }
}
