package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The selected payment on the right of the cash desk: its heading, payer, source, remittance, the
 * engine's proposal and what was posted; the grid and the actions that change it are open only
 * while the payment is not posted, Reverse only once it is. Problems are listed under the grid.
 */
final class PaymentDetailPane {
    /** The pane's controls from the FXML; {@code unposted} are the actions of a payment not yet posted (Post, discount, the deduction's reason...). */
    record Controls(VBox detailBox, Label title, StatusChip chip, Label amount, Label payer, Label source, Label remittance,
                    Label proposal, TextField customerField, Label posted, TableView<ApplyRow> invoiceTable, Label applied,
                    Label difference, List<Control> unposted, Button reverseButton, VBox problemsBox) {
    }

    private final Controls c;
    private final ApplyViewModel apply;
    private final Formats formats;

    PaymentDetailPane(Controls controls, ApplyViewModel apply, Formats formats) {
        this.c = controls;
        this.apply = apply;
        this.formats = formats;
        // empty, they took no height but their two gaps (20 px of the detail below the list at 1024 x 768)
        c.problemsBox().managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(c.problemsBox().getChildren()));
        c.posted().managedProperty().bind(c.posted().textProperty().isNotEmpty());
        apply.differenceProperty().addListener((o, a, b) -> showDifference());
        apply.restOnAccountProperty().addListener((o, a, b) -> showDifference());
    }

    /** Shows {@code d} (loading it into the grid), or an empty, disabled pane for {@code null}. */
    void show(PaymentDetail d) {
        c.detailBox().setDisable(d == null);
        c.problemsBox().getChildren().clear();
        if (d == null) {
            c.title().setText("");
            c.chip().setStatus(null);
            return;
        }
        DeskPayment p = d.payment();
        apply.load(d);
        c.title().setText(p.number() + "  \u00b7  " + formats.date(p.receivedDate()));
        c.chip().setStatus(StatusKind.fromName(p.status().name()).orElse(null));
        c.amount().setText(PaymentListModel.amountText(p, formats));
        c.payer().setText(DetailText.payer(d));
        c.source().setText(DetailText.source(d));
        c.remittance().setText(DetailText.remittance(d, formats));
        c.proposal().setText(DetailText.proposal(d));
        c.customerField().setText(p.customerNo() == null ? "" : p.customerNo() + "  " + p.customerName());
        showNoInvoices(p.customerNo());
        c.posted().setText(DetailText.posted(d, formats));
        boolean posted = p.status().posted();
        c.unposted().forEach(b -> b.setDisable(posted));
        c.reverseButton().setDisable(!posted);
        c.invoiceTable().setEditable(!posted);
        c.customerField().setEditable(!posted);
        showDifference();
    }

    /**
     * No payment beside a list that shows none: every line emptied (they kept the payment hidden by the search, tour
     * of 7 December), the grid too, and {@code why} in the title's place.
     */
    void showNone(String why) {
        apply.clear();
        show(null);
        c.title().setText(why);
        c.amount().setText("");
        for (Label l : List.of(c.payer(), c.source(), c.remittance(), c.proposal(), c.posted(), c.applied(), c.difference())) {
            l.setText("");
        }
        c.customerField().setText("");
        showNoInvoices(null);
    }

    /**
     * What the empty grid says: "choose the customer" only while none is chosen; a customer whose
     * invoices are all paid (often by this very payment, once posted) is named instead.
     */
    void showNoInvoices(String customerNo) {
        if (c.invoiceTable().getPlaceholder() instanceof Label placeholder) {
            placeholder.setText(customerNo == null ? Messages.get("cash.noInvoices") : Messages.get("cash.noInvoicesFor", customerNo));
        }
    }

    void showDifference() {
        String[] text = DetailText.applied(apply.detail(), apply.appliedTotalProperty().get(), apply.differenceProperty().get(),
                apply.restOnAccountProperty().get(), formats);
        c.applied().setText(text[0]);
        c.difference().setText(text[1]);
    }

    /** Lists {@code problems} under the grid, one "• sentence" line each, in place of what was there. */
    void showProblems(List<String> problems) {
        // wrapped: a sentence past the pane's width ended in "It ..." (the foreign-currency one, tour12)
        c.problemsBox().getChildren().setAll(problems.stream().map(p -> {
            Label l = new Label("\u2022 " + p);
            l.setWrapText(true);
            return l;
        }).toList());
    }
}
