package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnStatus;
import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Returns screen's sentences from the message bundle (bundle19), each built with its values and asserted
 * whole, as the screen wrote them before they moved.
 */
class ReturnsTextTest {
    private final ReturnableLine line = new ReturnableLine("INV-1", "C-1", "Acme", 2, 7L, "TWL-1", "Towels", "EA", 5, 2,
            Money.of("107.63"), List.of());

    @Test
    void statusAndReasonReadAsTheScreenNamedThem() {
        assertThat(ReturnsText.status(ReturnStatus.PARTLY_RECEIVED)).isEqualTo("Partly received");
        assertThat(ReturnsText.status(ReturnStatus.CANCELLED)).isEqualTo("Cancelled");
        assertThat(ReturnsText.reason(ReturnReason.SURPLUS)).isEqualTo("Surplus (ordered too many)");
        for (ReturnStatus s : ReturnStatus.values()) {
            assertThat(ReturnsText.status(s)).as(s.name()).isEqualTo(s.label());
        }
        for (ReturnReason r : ReturnReason.values()) {
            assertThat(ReturnsText.reason(r)).as(r.name()).isEqualTo(r.label());
        }
    }

    @Test
    void theFeeAndTheCellsSayTheirValues() {
        assertThat(ReturnsText.feeCell(true, "15%")).isEqualTo("waived");
        assertThat(ReturnsText.feeCell(false, "15%")).isEqualTo("15%");
        assertThat(ReturnsText.reasonWithFee(ReturnReason.DAMAGED, false, false, "15%")).isEqualTo("Damaged in transit, fee 15%");
        assertThat(ReturnsText.reasonWithFee(ReturnReason.DAMAGED, true, false, "15%")).isEqualTo("Damaged in transit, fee waived");
        assertThat(ReturnsText.reasonWithFee(ReturnReason.DEFECTIVE, false, true, "0%")).isEqualTo("Defective");
        assertThat(ReturnsText.received("1", "3")).isEqualTo("1 of 3");
        assertThat(ReturnsText.invoiced("12", "EA")).isEqualTo("12 EA");
        assertThat(ReturnsText.fee("15%", false, "16.14", "91.49", "107.63"))
                .isEqualTo("Restocking fee 15% = 16.14; credit 91.49 of 107.63 on receipt.");
        assertThat(ReturnsText.fee("15%", true, "0.00", "107.63", "107.63"))
                .isEqualTo("Restocking fee 15% waived; credit 107.63 of 107.63 on receipt.");
        assertThat(ReturnsText.noFee(ReturnReason.WRONG_ITEM, "107.63")).isEqualTo("No restocking fee for wrong item shipped; credit 107.63 on receipt.");
        assertThat(ReturnsText.waive(true)).isEqualTo("_Waive fee");
        assertThat(ReturnsText.waive(false)).isEqualTo("_Waive the fee, because");
        assertThat(ReturnsText.waivePrompt(true)).isEqualTo("why it is waived");
        assertThat(ReturnsText.waivePrompt(false)).isNull();
    }

    @Test
    void refusalsNameTheLimitsOfTheLine() {
        assertThat(ReturnsText.atMost(line)).isEqualTo("At most 3 may come back: 5 shipped and invoiced, 2 already returned or authorized.");
        assertThat(ReturnsText.quantityRange(line)).isEqualTo("Quantity: 1 to 3 (5 shipped and invoiced, 2 already returned or authorized).");
        assertThat(ReturnsViewModel.check(null, 1, null, false, null).text()).isEqualTo("Choose the invoice line that comes back.");
        assertThat(ReturnsViewModel.check(line, 2, null, false, null).text()).isEqualTo("Choose why the goods come back.");
        assertThat(ReturnsViewModel.check(line, 2, ReturnReason.DAMAGED, true, " ").text()).isEqualTo("Say why the restocking fee is waived.");
        assertThat(ReturnsText.receivableUnits(1)).isEqualTo("Received: one unit is still to come (to stock or scrapped).");
        assertThat(ReturnsText.receivableUnits(1200)).isEqualTo("Received: 1 to 1200 units in all (to stock plus scrapped).");
    }

    @Test
    void whatEachActionDidIsSaidWithItsNumbers() {
        assertThat(ReturnsText.authorized("RMA-000001", 2, "EA", "TWL-1", "DC-ATL"))
                .isEqualTo("Return RMA-000001 authorized: 2 EA of TWL-1 back to DC-ATL.");
        assertThat(ReturnsText.receivedResult("RMA-000001", 2, 1, "CM-7", "91.49", "16.14"))
                .isEqualTo("Return RMA-000001 received: 2 to stock, 1 scrapped; credit memo CM-7 for 91.49 (fee 16.14 kept).");
        assertThat(ReturnsText.receivedResult("RMA-000001", 1000, 0, "CM-7", "91.49", null))
                .isEqualTo("Return RMA-000001 received: 1000 to stock, 0 scrapped; credit memo CM-7 for 91.49.");
        assertThat(ReturnsText.written("RMA-000001", "/tmp/RMA-000001.pdf")).isEqualTo("RMA-000001 written to /tmp/RMA-000001.pdf");
        assertThat(ReturnsText.readFailed("disk full")).isEqualTo("The returns could not be read: disk full");
        assertThat(ReturnsText.nothingComesBack()).isEqualTo("Nothing on this invoice can come back.");
    }
}
