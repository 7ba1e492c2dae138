package com.orderdesk.logic.invoicing.print;

/** Invoices and credit memos print through the same template; the kind sets title and wording. */
public enum DocumentKind {
    INVOICE("INVOICE", "Invoice date", "TOTAL DUE"),
    CREDIT_MEMO("CREDIT MEMO", "Credit memo date", "TOTAL CREDIT");

    private final String title;
    private final String dateLabel;
    private final String totalLabel;

    DocumentKind(String title, String dateLabel, String totalLabel) {
        this.title = title;
        this.dateLabel = dateLabel;
        this.totalLabel = totalLabel;
    }

    public String title() {
        return title;
    }

    public String dateLabel() {
        return dateLabel;
    }

    public String totalLabel() {
        return totalLabel;
    }
}
