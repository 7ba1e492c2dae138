package com.orderdesk.gui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.stock.StockUseCases.NodeChoice;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.stock.MovementOutcome;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.stock.AdjustmentReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Stock area's words and choices, without JavaFX. */
class StockDeskTextTest {

    @Test
    void productsTitlesAndBackordersReadAsTheScreenShowsThem() {
        assertThat(StockDeskText.product(product(true))).isEqualTo("GLV-NIT-L  Nitrile gloves");
        assertThat(StockDeskText.product(product(false))).isEqualTo("GLV-NIT-L  Nitrile gloves  (discontinued)");
        assertThat(StockDeskText.noMatch("  zz-9 ")).isEqualTo(
                "No product matches \"zz-9\": type part of the SKU, words of the description in any order, or the GTIN.");
        assertThat(StockDeskText.title(null)).isEmpty();
        assertThat(StockDeskText.title(new StockView(7, "GLV-NIT-L", "Nitrile gloves", "BX", true, List.of(), 0, 0)))
                .isEqualTo("GLV-NIT-L  Nitrile gloves (BX)");
        assertThat(StockDeskText.title(new StockView(7, "GLV-NIT-L", "Nitrile gloves", "BX", false, List.of(), 0, 0)))
                .isEqualTo("GLV-NIT-L  Nitrile gloves (BX), discontinued");
        assertThat(StockDeskText.backordered("0", 0)).isEqualTo("0");
        assertThat(StockDeskText.backordered("12", 1)).isEqualTo("12 on 1 order");
        assertThat(StockDeskText.backordered("1,240", 3)).isEqualTo("1,240 on 3 orders");
        assertThat(StockDeskText.nodeName("Reno DC", true)).isEqualTo("Reno DC");
        assertThat(StockDeskText.nodeName("Reno DC", false)).isEqualTo("Reno DC (off)");
    }

    @Test
    void theMovementFormsCaptionsFollowTheKindAndTheReason() {
        assertThat(StockDeskText.nodeCaption(StockMoveForm.Kind.RECEIVE)).isEqualTo("_Node");
        assertThat(StockDeskText.nodeCaption(StockMoveForm.Kind.ADJUST)).isEqualTo("_Node");
        assertThat(StockDeskText.nodeCaption(StockMoveForm.Kind.TRANSFER)).isEqualTo("_From");
        assertThat(StockDeskText.postButton(StockMoveForm.Kind.RECEIVE)).isEqualTo("_Post receipt");
        assertThat(StockDeskText.postButton(StockMoveForm.Kind.ADJUST)).isEqualTo("_Post adjustment");
        assertThat(StockDeskText.postButton(StockMoveForm.Kind.TRANSFER)).isEqualTo("_Post transfer");
        assertThat(StockDeskText.reason(AdjustmentReason.COUNT)).isEqualTo("Count (type the number counted)");
        assertThat(StockDeskText.reason(AdjustmentReason.DAMAGE)).isEqualTo("Damage (units written off)");
        assertThat(StockDeskText.reason(AdjustmentReason.FOUND)).isEqualTo("Found (units added)");
    }

    @Test
    void aPostsWarningFollowsItsSentenceAndTheHistoryOffersAllNodesFirst() {
        assertThat(StockDeskText.posted(new MovementOutcome("Received 12 at RNO.", null))).isEqualTo("Received 12 at RNO.");
        assertThat(StockDeskText.posted(new MovementOutcome("Received 12 at RNO.", ""))).isEqualTo("Received 12 at RNO.");
        assertThat(StockDeskText.posted(new MovementOutcome("Adjusted RNO to 3.", "3 on hand, 5 reserved.")))
                .isEqualTo("Adjusted RNO to 3. 3 on hand, 5 reserved.");
        NodeChoice reno = new NodeChoice(1, "RNO", "Reno DC", true);
        NodeChoice off = new NodeChoice(2, "OLD", "Old store", false);
        assertThat(StockDeskText.historyChoices(List.of(reno, off))).containsExactly(null, reno, off);
    }

    private static ProductRow product(boolean active) {
        return new ProductRow(7, "GLV-NIT-L", "Nitrile gloves", "BX", 10, 680, null, Money.of("12.50"), Money.of("7.00"),
                "Safety", true, active, 1);
    }
}
