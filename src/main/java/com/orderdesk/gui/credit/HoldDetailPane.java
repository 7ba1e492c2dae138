package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.credit.AgingBucket;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.Exposure;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.logic.credit.PredictedBehaviour;
import com.orderdesk.model.common.Money;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right side of the hold desk: why the selected order is held and the customer's numbers. Its nodes
 * are made once and kept from one order to the next ({@link KeptNodes}); while an order's detail is read,
 * the pane says so instead of showing the order selected before.
 */
final class HoldDetailPane extends VBox {
    private final Formats formats;
    private final ZoneId zone;
    /** "Select a held order..." or "Loading SO-100123...": shown instead of the detail. */
    private final Label note = muted("");
    private final VBox content = new VBox(10);
    private final Label title = new Label();
    private final Label subtitle = wrapped("");
    private final Node whyHeading = heading("Why it is held");
    private final VBox reasonBox = new VBox(4);
    private final KeptNodes.Lines reasons = new KeptNodes.Lines(reasonBox, () -> wrapped(""));
    private final Label noReason = muted("No reason was recorded (held before reasons were stored).");
    private final Node predictionHeading = heading("Predicted payment");
    private final Label noPrediction = muted("No payment prediction stored for this customer (the collections desk makes them once a day).");
    private final GridPane predictionGrid = grid();
    private final Label late = new Label();
    private final Label daysLate = new Label();
    private final Label habit = wrapped("");
    private final Label predictionDate = muted("");
    private final Node exposureHeading = heading("Exposure");
    private final GridPane exposureGrid = grid();
    private final KeptNodes.Rows exposure = new KeptNodes.Rows(exposureGrid, 0, true);
    private final Label customerSince = wrapped("");
    private final Node agingHeading = heading("Aging of open invoices");
    // a bucket per block, wrapping where the side is narrow: side by side, the five buckets and
    // "In dispute" need more than the ~330 px the side has at 1024 px ("Over 90" read "Ove...")
    private final FlowPane aging = new FlowPane(18, 6);
    private final List<Node> agingBuckets = new ArrayList<>();
    private final Map<AgingBucket, Label[]> agingLabels = new EnumMap<>(AgingBucket.class);
    private final Label disputedAmount = new Label();
    private final Node disputedBucket;
    private final Node paymentsHeading = heading("Recent payments");
    private final Label noPayments = muted("No settled invoices on record.");
    /** Wraps: "6 payments, 9,019.74: on average 32.5 days to pay (2.5 days after due)" was cut at 1366 (tour13). */
    private final Label paymentHabit = wrapped("");
    private final GridPane paymentGrid = grid();
    private final KeptNodes.Rows payments = new KeptNodes.Rows(paymentGrid, 1, true);
    private final Label settledNote = muted("Settled (PAID) invoices stand in for payments until payments are recorded.");
    private final Node limitHeading = heading("Credit limit history");
    private final Label noLimitChanges = muted("No changes recorded in the audit trail.");
    private final VBox limitBox = new VBox(10);
    private final KeptNodes.Lines limitChanges = new KeptNodes.Lines(limitBox, () -> wrapped(""));

    HoldDetailPane(Formats formats, ZoneId zone) {
        super(10);
        this.formats = formats;
        this.zone = zone;
        setId("holdDetail");
        getStyleClass().add("hold-detail");
        title.getStyleClass().add("title-3");
        title.setId("detailTitle");
        reasonBox.setId("reasonList");
        predictionGrid.setId("predictionGrid");
        late.setId("predictedLate30");
        daysLate.setId("predictedDaysLate");
        habit.setId("predictedBehaviour");
        // the question wraps and its answer keeps its width (at 1024 px both were cut: "44 days after d...")
        late.setMinWidth(Region.USE_PREF_SIZE);
        daysLate.setMinWidth(Region.USE_PREF_SIZE);
        predictionGrid.addRow(0, wrapped("Chance of paying more than 30 days late"), late);
        predictionGrid.addRow(1, new Label("Money expected"), daysLate);
        for (AgingBucket b : AgingBucket.values()) {
            Label amount = new Label();
            amount.setId("aging-" + b.name());
            Label count = muted("");
            agingLabels.put(b, new Label[] {amount, count});
            agingBuckets.add(bucket(b.label(), amount, count));
        }
        // disputed amounts on open cases are shown apart, not aged
        disputedAmount.setId("aging-DISPUTED");
        disputedBucket = bucket("In dispute", disputedAmount, muted("open cases"));
        paymentGrid.addRow(0, muted("Invoice"), muted("Due"), muted("Paid"), muted("Days"), muted("Amount"));
        getChildren().addAll(note, content);
        clear();
    }

    void clear() {
        say("Select a held order to see why it is held.");
    }

    /** The detail of {@code orderNumber} is being read: nothing of the order shown before stays beside it. */
    void loading(String orderNumber) {
        say("Loading " + orderNumber + "...");
    }

    private void say(String text) {
        note.setText(text);
        showing(note, true);
        showing(content, false);
    }

    private static void showing(Node node, boolean shown) {
        // hidden rather than taken out: put back, the whole detail would have its style found anew
        node.setVisible(shown);
        node.setManaged(shown);
    }

    void show(HoldDetail d) {
        CustomerCreditProfile c = d.customer();
        List<Node> parts = new ArrayList<>(List.of(title, subtitle, whyHeading, reasonBox, predictionHeading));
        title.setText(d.order().orderNumber() + "  " + formats.money(d.order().value()));
        subtitle.setText(d.order().customerNumber() + "  " + c.customerName() + "  ·  risk class "
                + c.riskClass().label() + "  ·  entered by " + d.order().enteredBy()
                + (d.order().lastChangedBy() == null ? "" : ", last changed by " + d.order().lastChangedBy()));
        reasons.show(d.reasons().stream().map(r -> HoldDeskText.reasonLine(r.code().label(), r.message())).toList());
        if (d.reasons().isEmpty()) {
            reasonBox.getChildren().add(noReason);
        }
        // right under the reasons: how the customer is expected to pay is what the decision turns on
        showPrediction(d, parts);

        parts.addAll(List.of(exposureHeading, exposureGrid, customerSince, agingHeading, aging, paymentsHeading));
        showExposure(d);
        customerSince.setText("Customer since " + (c.customerSince() == null ? "unknown" : formats.date(c.customerSince()))
                + "  ·  credit review " + (c.creditReviewDate() == null ? "not scheduled" : formats.date(c.creditReviewDate()))
                + (c.manualHold() ? "  ·  ON MANUAL HOLD" : ""));
        for (AgingBucket b : AgingBucket.values()) {
            Label[] labels = agingLabels.get(b);
            labels[0].setText(formats.money(d.aging().amount(b)));
            labels[1].setText(d.aging().count(b) + (d.aging().count(b) == 1 ? " invoice" : " invoices"));
        }
        List<Node> buckets = new ArrayList<>(agingBuckets);
        if (d.aging().disputed().isPositive()) {
            disputedAmount.setText(formats.money(d.aging().disputed()));
            buckets.add(disputedBucket);
        }
        KeptNodes.keepOnly(aging, buckets);

        showPayments(d, parts);
        parts.add(limitHeading);
        parts.add(d.limitHistory().isEmpty() ? noLimitChanges : limitBox);
        limitChanges.show(d.limitHistory().stream().map(h -> HoldDeskText.limitLine(h, formats, zone)).toList());
        KeptNodes.keepOnly(content, parts);
        showing(note, false);
        showing(content, true);
    }

    private void showExposure(HoldDetail d) {
        CustomerCreditProfile c = d.customer();
        Exposure e = d.exposure();
        List<List<String>> rows = new ArrayList<>();
        rows.add(moneyRow("Open receivables", e.openReceivables()));
        if (d.aging().disputed().isPositive()) {
            rows.add(moneyRow("  of which in dispute", d.aging().disputed()));
        }
        rows.add(moneyRow("Orders not yet invoiced", e.uninvoicedOrders()));
        rows.add(moneyRow("This order", e.thisOrder()));
        rows.add(moneyRow("Total exposure", e.total()));
        if (c.creditLimit() != null) {
            rows.add(moneyRow("Credit limit", c.creditLimit()));
            rows.add(moneyRow(e.total().compareTo(c.creditLimit()) > 0 ? "Over the limit by" : "Still available",
                    e.total().minus(c.creditLimit()).isNegative() ? c.creditLimit().minus(e.total()) : e.total().minus(c.creditLimit())));
        } else {
            rows.add(List.of("Credit limit", "none set"));
        }
        exposure.show(rows);
    }

    private List<String> moneyRow(String label, Money value) {
        return List.of(label, formats.money(value));
    }

    private void showPayments(HoldDetail d, List<Node> parts) {
        if (d.recentPayments().isEmpty()) {
            parts.add(noPayments);
            return;
        }
        d.paymentBehavior().ifPresent(p -> {
            paymentHabit.setText(p.payments() + " payments, " + formats.money(p.totalPaid()) + ": on average "
                    + p.averageDaysToPay() + " days to pay (" + p.averageDaysPastDue() + " days after due)");
            parts.add(paymentHabit);
        });
        List<List<String>> rows = new ArrayList<>();
        for (PaymentRecord p : d.recentPayments()) {
            rows.add(List.of(p.invoiceNumber(), formats.date(p.dueDate()), formats.date(p.paidOn()), Long.toString(p.daysToPay()),
                    formats.money(p.amount())));
        }
        payments.show(rows);
        parts.add(paymentGrid);
        parts.add(settledNote);
    }

    /** How the day's payment prediction expects the customer to pay (the collections desk stores it). */
    private void showPrediction(HoldDetail d, List<Node> parts) {
        if (d.prediction().isEmpty()) {
            parts.add(noPrediction);
            return;
        }
        PredictedBehaviour p = d.prediction().get();
        late.setText(p.pLate30Percent());
        daysLate.setText(p.expectedDaysLate() == null ? "not stored"
                : p.expectedDaysLate() + (p.expectedDaysLate() == 1 ? " day" : " days") + " after due");
        parts.add(predictionGrid);
        HoldDeskText.habit(p.behaviour(), d.reasons().stream().map(CreditHoldReason::message).toList()).ifPresent(text -> {
            habit.setText(text);
            parts.add(habit);
        });
        predictionDate.setText("Prediction of " + formats.date(p.asOf()) + ".");
        parts.add(predictionDate);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(3);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(80);
        g.getColumnConstraints().add(first);
        return g;
    }

    private static VBox bucket(String title, Label amount, Label count) {
        VBox box = new VBox(3, new Label(title), amount, count);
        box.getChildren().forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        return box;
    }

    private static Node heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }
}
