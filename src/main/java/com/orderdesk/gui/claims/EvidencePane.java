package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.EvidenceLine;
import com.orderdesk.model.common.Money;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The evidence of the selected case, all at once: the case, invoice, order and payment; the lines
 * with ordered, shipped, invoiced and the contract price valid on the order date; each shipment
 * with carrier, tracking, ship date and its short picks; the customer's earlier cases; the
 * settlement documents and the history. Built from one {@link ClaimEvidence} read.
 */
final class EvidencePane {
    private final Formats formats;
    private final ZoneId zone;

    EvidencePane(Formats formats, ZoneId zone) {
        this.formats = formats;
        this.zone = zone;
    }

    Node build(ClaimEvidence e) {
        KeyColumn keys = new KeyColumn();
        VBox box = new VBox(6);
        box.setPadding(new Insets(4, 4, 8, 4));
        ClaimEvidence.Case c = e.claim();
        Label title = new Label(Messages.get("claims.evidence.title", c.number(), c.kind().label(), ClaimWords.status(c.status())));
        title.getStyleClass().add("title-4");
        title.setWrapText(true); // "CASE-100010  ·  Dispute  ·..." in the quarter the desk has at 1366 px
        title.setId("evidenceTitle");
        box.getChildren().add(title);
        box.getChildren().add(grid(keys,
                Messages.get("claims.evidence.customer"), c.customerNumber() + "  " + c.customerName(),
                Messages.get("claims.evidence.amount"), money(c.amount())
                        + (c.parked().isPositive() ? Messages.get("claims.evidence.parked", money(c.parked())) : "")
                        + (c.valid() != null && c.valid().isPositive() ? Messages.get("claims.evidence.valid", money(c.valid())) : ""),
                Messages.get("claims.evidence.reason"), Messages.get("claims.evidence.reasonFrom", ClaimWords.reason(c.reason()),
                        c.origin().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                Messages.get("claims.evidence.owner"), c.owner() == null ? Messages.get("claims.unassigned") : c.owner(),
                Messages.get("claims.evidence.opened"), Messages.get("claims.evidence.openedBy", formats.date(c.openedOn()),
                        c.openedBy(), formats.date(c.dueOn())),
                Messages.get("claims.evidence.remittance"), ClaimsDeskText.remittance(c.remittanceNote(), e.payment())));
        if (!e.proposal().reasons().isEmpty()) {
            box.getChildren().add(section(e.proposal().decided() ? Messages.get("claims.evidence.whyProposed")
                    : Messages.get("claims.evidence.whyPerson")));
            Label why = new Label(String.join(" ", e.proposal().reasons()));
            why.setId("proposalReasons");
            why.setWrapText(true);
            box.getChildren().add(why);
        }
        ClaimEvidence.Invoice inv = e.invoice();
        box.getChildren().add(section(Messages.get("claims.evidence.invoiced")));
        box.getChildren().add(grid(keys,
                Messages.get("claims.evidence.invoice"), Messages.get("claims.evidence.invoiceLine", inv.number(),
                        formats.date(inv.issueDate()), formats.date(inv.dueDate()), inv.terms()),
                Messages.get("claims.evidence.amounts"), Messages.get("claims.evidence.amountsLine", money(inv.total()),
                        money(inv.open()), money(inv.credited()), money(inv.tax()))));
        ClaimEvidence.Order o = e.order();
        if (o != null && o.number() != null) {
            box.getChildren().add(grid(keys, Messages.get("claims.evidence.ordered"), Messages.get("claims.evidence.orderedLine",
                    o.number(), formats.date(o.orderDate())) + (o.customerPo() == null ? "" : Messages.get("claims.evidence.po",
                    o.customerPo())) + "  \u00b7  " + o.channel(),
                    Messages.get("claims.evidence.shipTo"), o.shipTo()));
        }
        box.getChildren().add(lines(e.lines()));
        box.getChildren().add(section(Messages.get("claims.evidence.shipped")));
        if (e.shipments().isEmpty()) {
            box.getChildren().add(muted(Messages.get("claims.evidence.noShipment")));
        }
        for (ClaimEvidence.Shipment s : e.shipments()) {
            List<String> shortPicks = new ArrayList<>();
            s.lines().stream().filter(ClaimEvidence.ShippedLine::shortPick)
                    .forEach(l -> shortPicks.add(Messages.get("claims.evidence.shortPickOf", l.sku(), String.valueOf(l.shipped()),
                            String.valueOf(l.planned()))));
            Label l = new Label(Messages.get("claims.evidence.shipment", s.number(), s.nodeCode(), s.nodeName(), s.status(),
                    nz(s.carrier()) + " " + nz(s.tracking()), s.shipDate() == null ? "-" : formats.date(s.shipDate()))
                    + (s.billedHere() ? Messages.get("claims.evidence.billedHere") : "")
                    + (shortPicks.isEmpty() ? "" : "\n" + Messages.get("claims.evidence.shortPick", String.join(", ", shortPicks))));
            l.setWrapText(true);
            if (!shortPicks.isEmpty()) {
                l.getStyleClass().add("text-warning");
            }
            box.getChildren().add(l);
        }
        if (e.payment() != null) {
            ClaimEvidence.Payment p = e.payment();
            box.getChildren().add(section(Messages.get("claims.evidence.paid")));
            box.getChildren().add(grid(keys, Messages.get("claims.evidence.payment"), ClaimsDeskText.paid(p, formats),
                    Messages.get("claims.evidence.deduction"), money(p.deduction())
                            + (p.reasonCode() == null ? "" : Messages.get("claims.evidence.code", p.reasonCode()))));
        }
        box.getChildren().add(section(Messages.get("claims.evidence.earlier", c.customerNumber(), String.valueOf(e.earlier().size()))));
        e.earlier().stream().limit(12).forEach(x -> box.getChildren().add(wrapped(Messages.get("claims.evidence.earlierLine",
                x.number(), formats.date(x.openedOn()), ClaimWords.reason(x.reason()), money(x.amount()), ClaimWords.status(x.status()), x.invoiceNumber())
                + (x.valid() != null && x.valid().isPositive() ? Messages.get("claims.evidence.earlierValid", money(x.valid())) : ""))));
        if (e.earlier().isEmpty()) {
            box.getChildren().add(muted(Messages.get("claims.evidence.noEarlier")));
        }
        if (!e.settlements().isEmpty()) {
            box.getChildren().add(section(Messages.get("claims.evidence.documents")));
            e.settlements().forEach(s -> box.getChildren().add(wrapped(Messages.get("claims.evidence.document", s.documentNumber(),
                    s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), money(s.amount()), formats.date(s.issuedOn()),
                    s.issuedBy()) + (s.reverses() == null ? "" : Messages.get("claims.evidence.reverses", s.reverses()))
                    + (s.reversed() ? Messages.get("claims.evidence.reversed") : ""))));
        }
        box.getChildren().add(section(Messages.get("claims.evidence.history")));
        for (ClaimEvidence.Note n : e.history()) {
            Label l = new Label(Messages.get("claims.evidence.note", formats.dateTime(n.at(), zone), n.user(), n.text()));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private TableView<EvidenceLine> lines(List<EvidenceLine> lines) {
        TableView<EvidenceLine> t = new TableView<>();
        t.setId("evidenceLines");
        t.getItems().setAll(lines);
        t.setFixedCellSize(26);
        t.setPrefHeight(30 + 26 * Math.max(1, lines.size()) + 4);
        t.setMinHeight(t.getPrefHeight());
        // the columns at their widths, a sideways scroll in the quarter the desk has at 1366 px: constrained
        // to it, "Ordered", "Shipped" and "Invoiced" were 16 px slivers; the height follows the bar
        com.orderdesk.gui.common.TableHeight.fitRows(t, Math.max(1, lines.size()), Math.max(1, lines.size()));
        TableColumn<EvidenceLine, String> description = TextColumn.of(Messages.get("claims.lines.description"), EvidenceLine::description, 150);
        List<TableColumn<EvidenceLine, ?>> fitted = List.of(
                TextColumn.of(Messages.get("claims.lines.sku"), EvidenceLine::sku, 90),
                TextColumn.of(Messages.get("claims.lines.ordered"), l -> l.orderedQty() == null ? "-" : formats.quantity(l.orderedQty()), 60),
                TextColumn.of(Messages.get("claims.lines.shipped"), l -> l.shippedOnInvoice() == null ? "-" : formats.quantity(l.shippedOnInvoice()), 60),
                TextColumn.of(Messages.get("claims.lines.invoiced"), l -> formats.quantity(l.invoicedQty()), 60),
                MoneyColumn.of(Messages.get("claims.lines.price"), EvidenceLine::unitPrice, formats, 70),
                MoneyColumn.of(Messages.get("claims.lines.contract"), EvidenceLine::contractPrice, formats, 70),
                MoneyColumn.of(Messages.get("claims.lines.net"), EvidenceLine::net, formats, 80));
        t.getColumns().add(fitted.get(0));
        t.getColumns().add(description);
        t.getColumns().addAll(fitted.subList(1, fitted.size()));
        // the numbers as wide as their titles and values ("Ordered" was cut at 60 px), the description the rest
        com.orderdesk.gui.common.ContentWidth.fit(t, fitted);
        com.orderdesk.gui.common.ColumnFit.fill(t, description);
        return t;
    }

    /**
     * The keys as wide as the widest key of the whole pane ("Remittance"), not 80 px, and the values the
     * rest, wrapping under themselves: at 1366 px the values wrapped in some 160 of the pane's 290 (tour
     * of 6 December). One key column for every block, so their values start at one x.
     */
    private GridPane grid(KeyColumn keyColumn, String... pairs) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(2);
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(keys, values);
        int row = 0;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null || pairs[i + 1].isBlank()) {
                continue;
            }
            Label k = keyColumn.key(pairs[i]);
            Label v = new Label(pairs[i + 1]);
            v.setWrapText(true);
            // a key at its value's first line, not halfway down a value wrapped over two or three
            GridPane.setValignment(k, javafx.geometry.VPos.TOP);
            g.addRow(row++, k, v);
        }
        return g;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    /** A line that wraps in the pane's width instead of ending in "...". */
    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private String money(Money m) {
        return m == null ? "-" : formats.money(m);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
