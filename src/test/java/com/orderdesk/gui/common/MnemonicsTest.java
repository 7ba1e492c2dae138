package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A mnemonic label labels the control after it, also inside split, scroll, titled and tab panes. */
class MnemonicsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void aLabelLabelsTheNextFocusableControlWhereverItsFormLies() throws Exception {
        FxTestSupport.onFxRun(() -> {
            Label plain = new Label("_Search");
            TextField search = new TextField();
            Label inSplit = new Label("_Node");
            ComboBox<String> node = new ComboBox<>();
            Label inScroll = new Label("_Quantity");
            TextField quantity = new TextField();
            Label inTitled = new Label("_Reference");
            TextField reference = new TextField();
            Label inTab = new Label("N_ote");
            TextField note = new TextField();
            Label set = new Label("_Owner");
            TextField owner = new TextField();
            TextField other = new TextField();
            set.setLabelFor(owner);
            for (Label l : new Label[] {plain, inSplit, inScroll, inTitled, inTab, set}) {
                l.setMnemonicParsing(true); // as the screens' FXML sets it
            }

            GridPane form = new GridPane();
            form.addRow(0, inSplit, node);
            VBox scrolled = new VBox(inScroll, new Button("Skip me? no: a button is a control"), quantity);
            SplitPane split = new SplitPane(form, new ScrollPane(scrolled));
            TabPane tabs = new TabPane(new Tab("Notes", new HBox(inTab, note)));
            VBox root = new VBox(new HBox(plain, search), split, new TitledPane("More", new HBox(inTitled, reference)), tabs,
                    new HBox(set, other, owner));

            Mnemonics.linkLabels(root);

            assertThat(plain.getLabelFor()).isSameAs(search);
            assertThat(inSplit.getLabelFor()).as("in a split pane").isSameAs(node);
            assertThat(inScroll.getLabelFor()).as("in a scroll pane inside a split pane").isInstanceOf(Button.class);
            assertThat(inTitled.getLabelFor()).as("in a titled pane").isSameAs(reference);
            assertThat(inTab.getLabelFor()).as("in a tab").isSameAs(note);
            assertThat(set.getLabelFor()).as("a label already linked keeps its control").isSameAs(owner);
        });
    }
}
