package com.orderdesk.logic.prediction;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says in the desk's words why an invoice is expected when it is, and how a customer pays. */
final class ReasonWriter {
    private static final double SHOWN_AMOUNT_EFFECT = 1.5;
    private static final double SHOWN_TREND = 0.25;
    private static final double SHOWN_SEASON = 2;

    private ReasonWriter() {
    }

    static String forInvoice(OpenInvoice o, TermsCatalog.Terms terms, CustomerModel m,
                             OpenInvoiceForecaster.Outcome out, boolean stopped, LocalDate asOf) {
        List<String> parts = new ArrayList<>();
        if (stopped) {
            parts.add("has stopped paying: " + (m.hasHistory() ? "nothing paid since " + LocalDate.ofEpochDay(m.lastPaid())
                    : "never paid") + " while its invoices fell overdue");
            return String.join("; ", parts);
        }
        if (!m.hasHistory()) {
            parts.add("no payment history: book's usual for " + terms.key() + " (" + days(out.center()) + ")");
        } else if (m.paidCount() < 4) {
            parts.add("little history (" + m.paidCount() + (m.paidCount() == 1 ? " invoice)" : " invoices)"));
        }
        if (out.discountShare() >= 0.5) {
            long deadline = terms.discountDeadline(o.invoiceDate());
            parts.add(deadline + BookDefaults.DISCOUNT_GRACE > asOf.toEpochDay()
                    ? "takes the " + terms.discountText() + " discount" + takenText(m)
                    : "usually takes the discount, but its window has passed");
        }
        if (m.run().exists()) {
            parts.add("pays " + m.run().describe());
        }
        if (m.hasHistory()) {
            parts.add(usualLateness(m.lateness().intercept()));
            double amountEffect = m.lateness().amountSlope() * out.logAmount();
            if (Math.abs(amountEffect) >= SHOWN_AMOUNT_EFFECT) {
                parts.add((amountEffect > 0 ? "large invoice " : "small invoice ") + signed(amountEffect) + " days");
            }
            if (Math.abs(m.lateness().trendPerMonth()) >= SHOWN_TREND) {
                parts.add(String.format(Locale.ROOT, "trend %+.1f days/month", m.lateness().trendPerMonth())
                        + since(m.lateness(), asOf));
            }
            double season = m.seasonKnown() ? m.lateness().season()[out.month()] : 0;
            if (Math.abs(season) >= SHOWN_SEASON) {
                parts.add((season > 0 ? "slower" : "quicker") + " for invoices due in " + monthName(out.month())
                        + " (" + signed(season) + " days)");
            }
        }
        if (out.stuck()) {
            long overdue = asOf.toEpochDay() - o.dueDate().toEpochDay();
            parts.add("already " + overdue + " days overdue, well past its usual date");
        }
        return String.join("; ", parts);
    }

    static String summary(CustomerModel m, boolean stopped, LocalDate asOf) {
        List<String> parts = new ArrayList<>();
        if (!m.hasHistory()) {
            // said beside a predicted date (credit desk, worklist): where that date then comes from
            parts.add("no payment history: predicted as the book's customers on its terms pay");
        } else {
            String usual = approximateLateness(m.lateness().intercept());
            double trend = m.lateness().trendPerMonth();
            if (Math.abs(trend) >= SHOWN_TREND) {
                usual += String.format(Locale.ROOT, ", trend %s (%+.1f days/month)", trend > 0 ? "worsening" : "improving", trend)
                        + since(m.lateness(), asOf);
            }
            parts.add(usual);
            if (m.run().exists()) {
                parts.add("pays " + m.run().describe());
            }
            if (m.discount().offered() > 0) {
                parts.add(String.format(Locale.ROOT, "takes the discount on %d of %d invoices", m.discount().taken(),
                        m.discount().offered()));
            }
            double perDoubling = m.lateness().amountSlope() * Math.log(2);
            if (Math.abs(perDoubling) >= 1) {
                parts.add(String.format(Locale.ROOT, "%s invoices %+.0f days per doubling", perDoubling > 0 ? "larger" : "smaller",
                        Math.abs(perDoubling)));
            }
            int slow = m.lateness().slowestMonth();
            if (m.seasonKnown() && m.lateness().season()[slow] >= SHOWN_SEASON) {
                parts.add("slower for invoices due in " + monthName(slow));
            }
        }
        if (stopped) {
            parts.add("has stopped paying");
        }
        return String.join("; ", parts);
    }

    /** When the trend began at a change point: " since March 2026" ("paying later since ..." in a sentence). */
    static String since(LatenessModel l, LocalDate asOf) {
        if (!l.trendBends()) {
            return "";
        }
        LocalDate start = asOf.plusDays(Math.round(l.trendStart() * CustomerModelBuilder.DAYS_PER_MONTH));
        return " since " + monthName(start.getMonthValue() - 1) + " " + start.getYear();
    }

    private static String takenText(CustomerModel m) {
        return m.discount().offered() == 0 ? "" : " (" + m.discount().taken() + " of " + m.discount().offered() + " invoices)";
    }

    static String usualLateness(double days) {
        long d = Math.round(days);
        if (d == 0) {
            return "usually pays on the due date";
        }
        return "usually pays " + Math.abs(d) + (Math.abs(d) == 1 ? " day " : " days ") + (d > 0 ? "late" : "early");
    }

    static String approximateLateness(double days) {
        long d = Math.round(days);
        return d == 0 ? "pays on the due date" : "pays ~" + Math.abs(d) + (Math.abs(d) == 1 ? " day " : " days ") + (d > 0 ? "late" : "early");
    }

    private static String days(double d) {
        return signed(d) + " days";
    }

    private static String signed(double d) {
        long r = Math.round(d);
        return (r >= 0 ? "+" : "") + r;
    }

    private static String monthName(int month) {
        return Month.of(month + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
