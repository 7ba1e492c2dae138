package com.orderdesk.gui.collections;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.collections.WorklistRow;
import java.time.LocalDate;
import java.util.function.Function;

/** How the worklist says a customer's payment prediction, in its table and in the customer's detail. */
final class PredictionTexts {
    static final String NOT_PREDICTED = "Not predicted yet: invoiced after today's prediction run (Re-predict)";

    private final Formats formats;

    PredictionTexts(Formats formats) {
        this.formats = formats;
    }

    /** "53%", or nothing for a customer the day's run has not seen (an unknown is no 0 %). */
    String lateShare(WorklistRow r) {
        return r.predicted() ? Math.round(r.pLate30() * 100) + "%" : "";
    }

    /** {@code brief}: month and day only ("Dec 4 \u2013 Jan 11"), for the table; the detail beside gives the years. */
    String payDates(WorklistRow r, boolean brief) {
        if (r.firstPay() == null) {
            return "";
        }
        Function<LocalDate, String> date = brief ? formats::monthDay : formats::date;
        return r.firstPay().equals(r.lastPay()) ? date.apply(r.firstPay())
                : date.apply(r.firstPay()) + " \u2013 " + date.apply(r.lastPay());
    }

    /** The detail's sentence: when the customer is predicted to pay, how likely late, and its habit. */
    String sentence(WorklistRow r) {
        if (!r.predicted()) {
            return NOT_PREDICTED;
        }
        return "Predicted to pay " + payDates(r, false) + " (" + Math.round(r.pLate30() * 100) + "% likely over 30 days late)"
                + (r.behaviour().isBlank() ? "" : "\n" + r.behaviour());
    }
}
