package com.orderdesk.gui.customer;

import com.orderdesk.logic.customer.Lookalike;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The note over a new customer that looks like one already in the book (same phone, or same name
 * and ZIP): who it looks like, a button to open each, and, once a save was refused for it, "Save
 * anyway" with the focus on it.
 */
final class LookalikeNote {
    private LookalikeNote() {
    }

    static void show(CustomersViewModel vm, VBox lookalikeBox, Label lookalikeText, FlowPane lookalikeButtons) {
        List<Lookalike> found = vm.lookalikes();
        lookalikeBox.setVisible(!found.isEmpty());
        lookalikeBox.setManaged(!found.isEmpty());
        lookalikeButtons.getChildren().clear();
        if (found.isEmpty()) {
            return;
        }
        boolean refused = vm.saveRefusedForLookalikesProperty().get();
        lookalikeText.setText((found.size() == 1 ? "This looks like a customer already in the book: "
                : "This looks like customers already in the book: ")
                + String.join("; ", found.stream().map(Lookalike::toString).toList())
                + (refused ? ". Save anyway, or open the existing one." : ". You can go on, or open the existing one."));
        for (Lookalike l : found) {
            Button open = new Button("Open " + l.number());
            open.setId("openLookalike-" + l.number());
            open.setOnAction(e -> vm.open(l.id()));
            lookalikeButtons.getChildren().add(open);
        }
        if (refused) {
            Button anyway = new Button("Save _anyway");
            anyway.setId("saveAnyway");
            anyway.setMnemonicParsing(true);
            anyway.getStyleClass().add("accent");
            anyway.setOnAction(e -> vm.saveAnyway());
            lookalikeButtons.getChildren().add(0, anyway);
            anyway.requestFocus();
        }
        Button back = new Button("Back to editing (Esc)");
        back.setId("backToEditing");
        back.setOnAction(e -> vm.revert());
        lookalikeButtons.getChildren().add(back);
    }
}
