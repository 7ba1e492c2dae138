package com.orderdesk.reporting;

import com.orderdesk.logic.invoicing.AgingBucket;
import com.orderdesk.logic.invoicing.print.ActivityStatement;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The activity statement as template parameters and rows: an opening row, a row per movement with its
 * charge or credit and the running balance, a closing row; the aging of what is open at the end and the
 * remit-to as on the open-item statement.
 */
final class ActivityStatementInputs {
    private ActivityStatementInputs() {
    }

    /** A row of the activity statement: {@code charge} or {@code credit} (both positive), the balance after it. */
    public record ActivityRow(String date, String documentNumber, String type, String reference, BigDecimal charge,
                              BigDecimal credit, BigDecimal balance, Boolean strong) {
    }

    static ReportInput of(ActivityStatement doc, Map<String, Object> p, Letterhead letterhead) {
        p.put("CUSTOMER_NUMBER", doc.customerNumber());
        p.put("CUSTOMER", doc.customer().text());
        p.put("STATEMENT_DATE", ReportInputs.date(doc.to()));
        p.put("PERIOD", period(doc));
        p.put("OPEN_ON", ReportInputs.date(doc.to()));
        p.put("TERMS", doc.terms());
        Map<AgingBucket, Money> aging = doc.openAtEnd().aging();
        p.put("AGE_CURRENT", aging.get(AgingBucket.CURRENT).amount());
        p.put("AGE_1_30", aging.get(AgingBucket.DAYS_1_30).amount());
        p.put("AGE_31_60", aging.get(AgingBucket.DAYS_31_60).amount());
        p.put("AGE_61_90", aging.get(AgingBucket.DAYS_61_90).amount());
        p.put("AGE_OVER_90", aging.get(AgingBucket.OVER_90).amount());
        p.put("AGE_DISPUTED", doc.openAtEnd().disputed().amount());
        p.put("BALANCE", doc.closing().amount());
        p.put("REMIT_TO", letterhead.company().remitTo().text());
        p.put("PAYMENT_REFERENCE", doc.customerNumber());
        p.put("BANK_LINE", letterhead.company().bankLine());
        return new ReportInput(ReportCatalog.Template.STATEMENT_ACTIVITY, "STMT-" + doc.customerNumber(), p,
                new RecordDataSource(rows(doc)));
    }

    /** "Nov 1, 2026 to Dec 7, 2026". */
    static String period(ActivityStatement doc) {
        return ReportInputs.date(doc.from()) + " to " + ReportInputs.date(doc.to());
    }

    static List<ActivityRow> rows(ActivityStatement doc) {
        List<ActivityRow> rows = new ArrayList<>();
        rows.add(new ActivityRow(ReportInputs.date(doc.from()), null, "Opening balance", "Brought forward",
                null, null, doc.opening().amount(), true));
        List<Money> balances = doc.runningBalances();
        for (int i = 0; i < doc.movements().size(); i++) {
            ActivityStatement.Movement m = doc.movements().get(i);
            rows.add(new ActivityRow(ReportInputs.date(m.date()), m.documentNumber(), m.type(), m.reference(),
                    m.amount().isNegative() ? null : m.amount().amount(),
                    m.amount().isNegative() ? m.amount().negate().amount() : null, balances.get(i).amount(), false));
        }
        rows.add(new ActivityRow(ReportInputs.date(doc.to()), null, "Closing balance",
                doc.movements().isEmpty() ? "No movement in the period" : doc.movements().size()
                        + (doc.movements().size() == 1 ? " movement" : " movements"),
                null, null, doc.closing().amount(), true));
        return rows;
    }
}
