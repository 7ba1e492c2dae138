package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.claims.ClaimCounts;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import org.junit.jupiter.api.Test;

/** The claims package's status, reason, age and Root causes names from the message bundle (bundle19), as before. */
class ClaimWordsTest {
    @Test
    void statusesReasonsAndAgeBandsReadAsBefore() {
        assertThat(ClaimWords.status(ClaimStatus.WAITING_ON_CUSTOMER)).isEqualTo("Waiting on customer");
        assertThat(ClaimWords.reason(ClaimReason.RETURN)).isEqualTo("Return not yet credited");
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(ClaimWords.status(s)).as(s.name()).isEqualTo(s.label());
        }
        for (ClaimReason r : ClaimReason.values()) {
            assertThat(ClaimWords.reason(r)).as(r.name()).isEqualTo(r.label());
        }
        assertThat(ClaimCounts.AGE_BANDS.stream().map(ClaimWords::ageBand).toList())
                .containsExactly("0-7 days", "8-30 days", "31-60 days", "over 60 days");
        assertThat(ClaimWords.ageBand("a band the counts added later")).isEqualTo("a band the counts added later");
    }

    @Test
    void rootCausesNameWhatTheyCountByAndAReasonRowByItsCode() {
        assertThat(ClaimWords.dimension(RootCauses.Dimension.NODE)).isEqualTo("Shipping node");
        RootCauses.Row reasonRow = new RootCauses.Row("NOT_RECEIVED", "Not received", 3, Money.of("300"), Money.ZERO, Money.of("0.5"));
        assertThat(ClaimWords.rowName(RootCauses.Dimension.REASON, reasonRow)).isEqualTo("Not received");
        RootCauses.Row customerRow = new RootCauses.Row("C-10097", "Gulf Coast Plastics", 1, Money.of("80"), Money.ZERO, Money.of("0.1"));
        assertThat(ClaimWords.rowName(RootCauses.Dimension.CUSTOMER, customerRow)).isEqualTo("Gulf Coast Plastics");
    }
}
