package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences of the detail pane: payer, source, remittance, the engine's proposal, what was posted. */
final class DetailText {
    private DetailText() {
    }

    static String payer(PaymentDetail d) {
        StringBuilder sb = new StringBuilder(d.payment().payerName() == null ? "(no name)" : d.payment().payerName());
        if (!d.payerAccount().isEmpty()) {
            sb.append("  \u00b7  account ").append(d.payerAccount().replace(":", " / "));
        }
        if (d.chequeNo() != null) {
            sb.append("  \u00b7  cheque ").append(d.chequeNo());
        }
        return sb.toString();
    }

    static String source(PaymentDetail d) {
        List<String> parts = new ArrayList<>();
        if (d.sourceFile() != null) {
            parts.add(d.sourceFile() + (d.sourceLine() == null ? "" : ", line " + d.sourceLine()));
        } else {
            parts.add("cheque typed in by " + d.payment().source().replaceFirst("^cheque entered by ", ""));
        }
        if (d.bankReference() != null) {
            parts.add("bank ref " + d.bankReference());
        }
        if (d.stubImage() != null) {
            parts.add("stub image " + d.stubImage());
        }
        return String.join("  \u00b7  ", parts);
    }

    static String remittance(PaymentDetail d, Formats formats) {
        if (!d.remittance().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (PaymentDetail.Remittance r : d.remittance()) {
                lines.add((r.invoiceRef() == null ? "" : r.invoiceRef()) + (r.amount() == null ? "" : "  " + formats.money(r.amount()))
                        + (r.note() == null ? "" : "  (" + r.note() + ")"));
            }
            return String.join("\n", lines);
        }
        return d.reference() == null || d.reference().isBlank() ? "(none)" : d.reference();
    }

    static String proposal(PaymentDetail d) {
        if (d.matchStatus() == null) {
            return "Not matched yet: press Auto-match.";
        }
        // the engine's confidence is in the match it proposes: beside "No match" it read as a match 90 % sure
        String conf = d.confidence() == null || d.matchStatus() == com.orderdesk.model.cash.MatchStatus.UNAPPLIED ? ""
                : String.format(Locale.ROOT, " (confidence %.0f%%)", d.confidence() * 100);
        return verdict(d.matchStatus()) + conf + ": " + (d.matchReason() == null ? "" : d.matchReason());
    }

    /** The engine's verdict in words (the detail said "UNAPPLIED", the enum's name). */
    private static String verdict(com.orderdesk.model.cash.MatchStatus status) {
        return switch (status) {
            case AUTO -> "Auto match";
            case SUGGESTED -> "Suggested match";
            case UNAPPLIED -> "No match";
        };
    }

    /**
     * The two lines under the apply grid: what is applied and what is left. A posted payment
     * shows what it paid to invoices and what went on account; otherwise the typed amounts,
     * their total and the difference to the payment (over-applied, fully applied, on account).
     */
    static String[] applied(PaymentDetail d, BigDecimal applied, BigDecimal difference, boolean restOnAccount, Formats formats) {
        if (d != null && d.payment().status().posted()) {
            BigDecimal toInvoices = d.posted().stream().filter(p -> p.invoiceNo() != null)
                    .map(PaymentDetail.Posted::applied).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new String[] {"Posted to invoices " + formats.money(toInvoices), "On account " + formats.money(d.payment().unapplied())};
        }
        String left = difference.signum() < 0 ? "Over-applied by " + formats.money(difference.negate())
                : difference.signum() == 0 ? "Fully applied" : (restOnAccount ? "On account " : "Difference ") + formats.money(difference);
        return new String[] {"Applied " + formats.money(applied), left};
    }

    static String posted(PaymentDetail d, Formats formats) {
        if (d.posted().isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (PaymentDetail.Posted p : d.posted()) {
            StringBuilder sb = new StringBuilder(p.invoiceNo() == null ? "On account" : p.invoiceNo())
                    .append("  ").append(formats.money(p.applied()));
            if (p.discount().signum() != 0) {
                sb.append("  discount ").append(formats.money(p.discount()));
            }
            if (p.deduction().signum() != 0) {
                sb.append("  deduction ").append(formats.money(p.deduction()))
                        .append(p.reasonCode() == null ? "" : ", " + DeductionReason.labelOf(p.reasonCode()));
            }
            lines.add(sb.append("  (").append(p.origin().toLowerCase(Locale.ROOT)).append(", ").append(p.postedBy()).append(')').toString());
        }
        return "Posted: " + String.join("; ", lines);
    }
}
