package com.orderdesk.gui.order;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.customer.CustomerContext;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The chosen customer's terms, credit, open balance and contact beside the order header. */
final class CustomerInfo {
    private final Formats formats;
    private final Label terms;
    private final Label credit;
    private final Label openBalance;
    private final Label contact;

    CustomerInfo(Formats formats, Label terms, Label credit, Label openBalance, Label contact) {
        this.formats = formats;
        this.terms = terms;
        this.credit = credit;
        this.openBalance = openBalance;
        this.contact = contact;
        // long figures wrap onto a second line instead of being cut off on a 1366 px screen
        for (Label l : new Label[] {terms, credit, openBalance, contact}) {
            l.setWrapText(true);
        }
    }

    /** Shows the view model's customer now and whenever it changes. */
    void follow(OrderEntryViewModel vm) {
        vm.customerProperty().addListener((obs, old, c) -> show(c));
        show(null);
    }

    void show(CustomerContext c) {
        terms.setText(c == null ? "-" : c.paymentTerms());
        credit.setText(c == null ? "-" : creditText(c));
        credit.getStyleClass().remove("warning-text");
        if (c != null && (c.onManualHold() || c.availableCredit().map(m -> m.isNegative()).orElse(false))) {
            credit.getStyleClass().add("warning-text");
        }
        openBalance.setText(c == null ? "-" : formats.money(c.openBalance())
                + (c.overdueBalance().isPositive() ? "  (" + formats.money(c.overdueBalance()) + " overdue)" : ""));
        // one line each: run together they wrapped inside the phone number ("(838)" / "555-4566") at 1366 px
        String written = c == null ? "-" : java.util.stream.Stream.of(c.contact(), c.phone(), c.email())
                .filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining("\n"));
        contact.setText(c == null || c.email() == null ? written : written.replace(c.email(), breakable(c.email())));
        for (Label l : new Label[] {terms, credit, openBalance}) {
            l.setTooltip(c == null ? null : new Tooltip(l.getText()));
        }
        contact.setTooltip(c == null ? null : new Tooltip(written)); // the address as written, to read out or copy
    }

    /**
     * An e-mail address that wraps, where its column is narrower than it, only before its @ or a dot
     * ("accountspayable" / "@harborviewmedical" / ".example"): a zero-width space there is a break
     * opportunity that draws nothing. Wrapped as one word it broke mid-name ("...@h" / "arborview...", tour of
     * 7 December), which reads as two addresses; shortened with an ellipsis the clerk on the phone could not
     * read it out. A part wider than the column still breaks where it must.
     */
    static String breakable(String email) {
        return email.replaceAll("(?<=.)([@.])", "\u200A$1");
    }

    private String creditText(CustomerContext c) {
        String risk = " (risk " + c.riskClass().name().toLowerCase(Locale.ROOT) + ")";
        if (c.onManualHold()) {
            return "On manual credit hold" + risk;
        }
        if (c.creditLimit() == null) {
            return "No credit limit set" + risk;
        }
        var headroom = c.availableCredit().orElseThrow();
        return (headroom.isNegative() ? "Over limit by " + formats.money(headroom.negate())
                : formats.money(headroom) + " of " + formats.money(c.creditLimit()) + " available") + risk;
    }
}
