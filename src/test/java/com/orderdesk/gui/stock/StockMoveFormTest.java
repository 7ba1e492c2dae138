package com.orderdesk.gui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.stock.StockUseCases.NodeChoice;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.model.stock.AdjustmentReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The move-stock form without the toolkit: what each movement needs, and what stays after a post. */
class StockMoveFormTest {
    private final StockMoveForm form = new StockMoveForm(Formats.forLocale(Locale.US));
    private final NodeChoice atl = new NodeChoice(1, "DC-ATL", "Atlanta DC", true);
    private final NodeChoice chi = new NodeChoice(2, "ST-CHI", "Chicago store", true);

    @Test
    void aTransferNeedsBothNodesAndAWholeQuantity() {
        form.kind.set(StockMoveForm.Kind.TRANSFER);
        form.quantity.set("2.5");
        List<String> problems = new ArrayList<>();
        assertThat(form.check(problems)).isNull();
        assertThat(problems).hasSize(3).first().asString().startsWith("From: choose the node the goods leave.");
        assertThat(problems.get(1)).isEqualTo("To: choose the node the goods go to.");
        assertThat(problems.get(2)).startsWith("Quantity: ");

        problems.clear();
        form.node.set(atl);
        form.toNode.set(chi);
        form.quantity.set("1,200");
        form.reference.set("TR-0042");
        StockMoveForm.Move m = form.check(problems);
        assertThat(problems).isEmpty();
        assertThat(m).isEqualTo(new StockMoveForm.Move(StockMoveForm.Kind.TRANSFER, 1, 2L, AdjustmentReason.COUNT, 1200,
                "TR-0042", ""));
    }

    @Test
    void aCountAsksForTheNumberOnTheShelfAndAPostKeepsKindAndNode() {
        form.kind.set(StockMoveForm.Kind.ADJUST);
        assertThat(form.quantityCaption()).isEqualTo("Counted");
        form.reason.set(AdjustmentReason.DAMAGE);
        assertThat(form.quantityCaption()).isEqualTo("Quantity");
        form.node.set(chi);
        form.quantity.set("3");
        form.note.set("Carton crushed");
        form.posted();
        assertThat(form.quantity.get()).isEmpty();
        assertThat(form.note.get()).isEmpty();
        assertThat(form.node.get()).isEqualTo(chi);
        assertThat(form.kind.get()).isEqualTo(StockMoveForm.Kind.ADJUST);
    }
}
