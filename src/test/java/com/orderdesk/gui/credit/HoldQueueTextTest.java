package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.credit.CreditReason;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldQueueTextTest {

    @Test
    void twoReasonsReadInFullWordsAndMoreAreCounted() {
        assertThat(HoldQueueText.reasons(List.of(CreditReason.PREDICTED_VERY_LATE))).isEqualTo("Pays late");
        assertThat(HoldQueueText.reasons(List.of(CreditReason.PREDICTED_VERY_LATE, CreditReason.INVOICE_PAST_DUE)))
                .isEqualTo("Past due, Pays late"); // in the enum's order, as the filter lists them
        assertThat(HoldQueueText.reasons(EnumSet.of(CreditReason.INVOICE_PAST_DUE, CreditReason.OLDEST_ITEM_TOO_OLD,
                CreditReason.PREDICTED_VERY_LATE))).isEqualTo("Past due, Old item +1");
        assertThat(HoldQueueText.reasons(EnumSet.of(CreditReason.CREDIT_LIMIT_EXCEEDED, CreditReason.INVOICE_PAST_DUE,
                CreditReason.OLDEST_ITEM_TOO_OLD, CreditReason.MANUAL_HOLD))).isEqualTo("Over limit, Past due +2");
        // two long ones: the first and a count, not two that do not fit the column
        assertThat(HoldQueueText.reasons(EnumSet.of(CreditReason.ORDER_OVER_MAX_NO_LIMIT, CreditReason.ORDER_OVER_MAX_NEW_CUSTOMER)))
                .isEqualTo("Large, no limit +1");
    }
}
