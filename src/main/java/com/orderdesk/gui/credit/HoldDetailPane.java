package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.credit.AgingBucket;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.Exposure;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.credit.LimitChange;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.logic.credit.PredictedBehaviour;
import com.orderdesk.model.common.Money;
import java.time.ZoneId;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right side of the hold desk: why the selected order is held and the customer's numbers. */
final class HoldDetailPane extends VBox {
    private final Formats formats;
    private final ZoneId zone;

    HoldDetailPane(Formats formats, ZoneId zone) {
        super(10);
        this.formats = formats;
        this.zone = zone;
        setId("holdDetail");
        getStyleClass().add("hold-detail");
        clear();
    }

    void clear() {
        getChildren().setAll(muted("Select a held order to see why it is held."));
    }

    void show(HoldDetail d) {
        getChildren().clear();
        CustomerCreditProfile c = d.customer();
        Label title = new Label(d.order().orderNumber() + "  " + formats.money(d.order().value()));
        title.getStyleClass().add("title-3");
        title.setId("detailTitle");
        getChildren().addAll(title, wrapped(d.order().customerNumber() + "  " + c.customerName() + "  ·  risk class "
                + c.riskClass().label() + "  ·  entered by " + d.order().enteredBy()
                + (d.order().lastChangedBy() == null ? "" : ", last changed by " + d.order().lastChangedBy())));

        getChildren().add(heading("Why it is held"));
        VBox reasons = new VBox(4);
        reasons.setId("reasonList");
        for (CreditHoldReason r : d.reasons()) {
            Label l = new Label(HoldDeskText.reasonLine(r.code().label(), r.message()));
            l.setWrapText(true);
            reasons.getChildren().add(l);
        }
        if (d.reasons().isEmpty()) {
            reasons.getChildren().add(muted("No reason was recorded (held before reasons were stored)."));
        }
        getChildren().add(reasons);
        // right under the reasons: how the customer is expected to pay is what the decision turns on
        showPrediction(d);

        getChildren().add(heading("Exposure"));
        Exposure e = d.exposure();
        GridPane ex = grid();
        int row = 0;
        row = money(ex, row, "Open receivables", e.openReceivables());
        if (d.aging().disputed().isPositive()) {
            row = money(ex, row, "  of which in dispute", d.aging().disputed());
        }
        row = money(ex, row, "Orders not yet invoiced", e.uninvoicedOrders());
        row = money(ex, row, "This order", e.thisOrder());
        row = money(ex, row, "Total exposure", e.total());
        if (c.creditLimit() != null) {
            row = money(ex, row, "Credit limit", c.creditLimit());
            money(ex, row, e.total().compareTo(c.creditLimit()) > 0 ? "Over the limit by" : "Still available",
                    e.total().minus(c.creditLimit()).isNegative() ? c.creditLimit().minus(e.total()) : e.total().minus(c.creditLimit()));
        } else {
            ex.addRow(row, new Label("Credit limit"), new Label("none set"));
        }
        getChildren().add(ex);
        getChildren().add(wrapped("Customer since " + (c.customerSince() == null ? "unknown" : formats.date(c.customerSince()))
                + "  ·  credit review " + (c.creditReviewDate() == null ? "not scheduled" : formats.date(c.creditReviewDate()))
                + (c.manualHold() ? "  ·  ON MANUAL HOLD" : "")));

        getChildren().add(heading("Aging of open invoices"));
        // a bucket per block, wrapping where the side is narrow: side by side, the five buckets and
        // "In dispute" need more than the ~330 px the side has at 1024 px ("Over 90" read "Ove...")
        FlowPane aging = new FlowPane(18, 6);
        for (AgingBucket b : AgingBucket.values()) {
            Label amount = new Label(formats.money(d.aging().amount(b)));
            amount.setId("aging-" + b.name());
            aging.getChildren().add(bucket(b.label(), amount,
                    muted(d.aging().count(b) + (d.aging().count(b) == 1 ? " invoice" : " invoices"))));
        }
        if (d.aging().disputed().isPositive()) {
            // disputed amounts on open cases are shown apart, not aged
            Label disputed = new Label(formats.money(d.aging().disputed()));
            disputed.setId("aging-DISPUTED");
            aging.getChildren().add(bucket("In dispute", disputed, muted("open cases")));
        }
        getChildren().add(aging);

        getChildren().add(heading("Recent payments"));
        if (d.recentPayments().isEmpty()) {
            getChildren().add(muted("No settled invoices on record."));
        } else {
            d.paymentBehavior().ifPresent(p -> getChildren().add(new Label(p.payments() + " payments, "
                    + formats.money(p.totalPaid()) + ": on average " + p.averageDaysToPay() + " days to pay ("
                    + p.averageDaysPastDue() + " days after due)")));
            GridPane pay = grid();
            pay.addRow(0, muted("Invoice"), muted("Due"), muted("Paid"), muted("Days"), muted("Amount"));
            int r = 1;
            for (PaymentRecord p : d.recentPayments()) {
                pay.addRow(r++, new Label(p.invoiceNumber()), new Label(formats.date(p.dueDate())),
                        new Label(formats.date(p.paidOn())), new Label(Long.toString(p.daysToPay())),
                        new Label(formats.money(p.amount())));
            }
            getChildren().add(pay);
            getChildren().add(muted("Settled (PAID) invoices stand in for payments until payments are recorded."));
        }

        getChildren().add(heading("Credit limit history"));
        if (d.limitHistory().isEmpty()) {
            getChildren().add(muted("No changes recorded in the audit trail."));
        }
        for (LimitChange h : d.limitHistory()) {
            Label l = new Label(formats.dateTime(h.at(), zone) + "  " + h.user() + ": " + h.before() + " → "
                    + h.after() + (h.note() == null ? "" : "  (" + h.note() + ")"));
            l.setWrapText(true);
            getChildren().add(l);
        }
    }

    /** How the day's payment prediction expects the customer to pay (the collections desk stores it). */
    private void showPrediction(HoldDetail d) {
        getChildren().add(heading("Predicted payment"));
        if (d.prediction().isEmpty()) {
            getChildren().add(muted("No payment prediction stored for this customer (the collections desk makes them once a day)."));
            return;
        }
        PredictedBehaviour p = d.prediction().get();
        GridPane g = grid();
        g.setId("predictionGrid");
        Label late = new Label(p.pLate30Percent());
        late.setId("predictedLate30");
        // the question wraps and its answer keeps its width (at 1024 px both were cut: "44 days after d...")
        g.addRow(0, wrapped("Chance of paying more than 30 days late"), late);
        late.setMinWidth(Region.USE_PREF_SIZE);
        Label days = new Label(p.expectedDaysLate() == null ? "not stored"
                : p.expectedDaysLate() + (p.expectedDaysLate() == 1 ? " day" : " days") + " after due");
        days.setId("predictedDaysLate");
        days.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(1, new Label("Money expected"), days);
        getChildren().add(g);
        HoldDeskText.habit(p.behaviour(), d.reasons().stream().map(CreditHoldReason::message).toList()).ifPresent(text -> {
            Label habit = wrapped(text);
            habit.setId("predictedBehaviour");
            getChildren().add(habit);
        });
        getChildren().add(muted("Prediction of " + formats.date(p.asOf()) + "."));
    }

    private int money(GridPane g, int row, String label, Money value) {
        Label v = new Label(formats.money(value));
        GridPane.setHalignment(v, HPos.RIGHT);
        g.addRow(row, new Label(label), v);
        return row + 1;
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
