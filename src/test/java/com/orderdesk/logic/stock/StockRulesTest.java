package com.orderdesk.logic.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.model.stock.AdjustmentReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock arithmetic: available = on hand - reserved - safety stock, and what each adjustment reason does. */
class StockRulesTest {
    @Test
    void availableIsOnHandLessReservedLessSafetyStockNeverBelowZero() {
        NodeStockLine atl = new NodeStockLine(1, "DC-ATL", "Atlanta", NodeType.DC, true, 500, 20, 10);
        NodeStockLine chi = new NodeStockLine(2, "ST-CHI", "Chicago", NodeType.STORE, true, 3, 2, 5);
        NodeStockLine off = new NodeStockLine(3, "DC-OLD", "Closed", NodeType.DC, false, 40, 0, 0);
        assertThat(atl.available()).isEqualTo(470);
        assertThat(chi.available()).isZero();
        StockView view = new StockView(7, "GLV", "Gloves", "BX", true, List.of(atl, chi, off), 12, 2);
        assertThat(view.onHand()).isEqualTo(543);
        assertThat(view.reserved()).isEqualTo(22);
        assertThat(view.safetyStock()).isEqualTo(15);
        assertThat(view.available()).as("an inactive node promises nothing").isEqualTo(470);
    }

    @Test
    void aCountSetsTheNumberDamageTakesOffFoundAdds() {
        assertThat(StockRules.adjustmentDelta(AdjustmentReason.COUNT, 95, 100, "DC-ATL")).isEqualTo(-5);
        assertThat(StockRules.adjustmentDelta(AdjustmentReason.COUNT, 0, 100, "DC-ATL")).isEqualTo(-100);
        assertThat(StockRules.adjustmentDelta(AdjustmentReason.DAMAGE, 3, 100, "DC-ATL")).isEqualTo(-3);
        assertThat(StockRules.adjustmentDelta(AdjustmentReason.FOUND, 4, 100, "DC-ATL")).isEqualTo(4);
        assertThatThrownBy(() -> StockRules.adjustmentDelta(AdjustmentReason.DAMAGE, 101, 100, "DC-ATL"))
                .hasMessage("Only 100 on hand at DC-ATL; 101 cannot be written off as damaged.");
        assertThatThrownBy(() -> StockRules.adjustmentDelta(AdjustmentReason.FOUND, 0, 100, "DC-ATL"))
                .hasMessageStartingWith("Quantity: a whole number from 1");
        assertThat(StockRules.shortfallWarning(8, 12, "GLV", "DC-ATL"))
                .isEqualTo("12 of GLV are reserved for orders at DC-ATL but only 8 are on hand: 4 will be short at picking.");
        assertThat(StockRules.shortfallWarning(12, 12, "GLV", "DC-ATL")).isNull();
    }
}
