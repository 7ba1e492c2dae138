package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What Receive says when the units typed cannot all have arrived (no use case is reached: checked first). */
class ReturnsReceiveWordsTest {
    private final ReturnsViewModel model = new ReturnsViewModel(null, () -> null);

    private static ReturnRow awaiting(int authorized, int received) {
        LocalDate day = LocalDate.of(2026, 12, 7);
        return new ReturnRow(1, "RMA-100001", "C-10001", "Acme", "INV-000101", "TWL-1", "Towels", authorized, received, 0,
                ReturnReason.DAMAGED, new BigDecimal("10"), false, "DC-1", ReturnStatus.values()[0], day, day.plusDays(30), 0);
    }

    /** Tour of 7 December: a return of one unit said "Received: 1 to 1 units in all (to stock plus scrapped)." */
    @Test
    void aReturnOfOneUnitSaysOneUnit() {
        assertThatThrownBy(() -> model.receive(awaiting(1, 0), 2, 0, null))
                .hasMessage("Received: one unit is still to come (to stock or scrapped).");
    }

    @Test
    void aReturnOfSeveralUnitsSaysHowMany() {
        assertThatThrownBy(() -> model.receive(awaiting(5, 2), 3, 1, null))
                .hasMessage("Received: 1 to 3 units in all (to stock plus scrapped).");
        assertThat(awaiting(5, 2).outstanding()).isEqualTo(3);
    }
}
