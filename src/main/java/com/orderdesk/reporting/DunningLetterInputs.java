package com.orderdesk.reporting;

import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A dunning letter as the {@code dunning.jrxml} template takes it: the level's text and the customer's overdue items. */
public final class DunningLetterInputs {
    private final Letterhead letterhead;

    public DunningLetterInputs(CompanyProfile company) {
        this.letterhead = new Letterhead(company);
    }

    /** One overdue item on the letter. */
    public record ItemRow(String invoice, String issued, String due, Integer days, BigDecimal open) {
    }

    /** The letter's name in messages and files: "DUN-2026-11-26-C-10001". */
    public static String name(DunningRun.Letter letter, LocalDate runDate) {
        return "DUN-" + runDate + "-" + letter.customerNo();
    }

    public ReportInput letter(DunningRun.Letter l, LocalDate runDate) {
        Map<String, Object> p = letterhead.parameters();
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, ReportInputs.LOCALE);
        p.put("PRINTED_ON", ReportInputs.date(runDate));
        p.put("DOC_TITLE", l.template().title());
        p.put("DOC_NUMBER", name(l, runDate));
        p.put("LEVEL", "Level " + l.level());
        p.put("CUSTOMER_NUMBER", l.customerNo());
        p.put("CUSTOMER", l.name() + (l.address().isBlank() ? "" : "\n" + l.address()));
        p.put("LETTER_TEXT", l.text());
        p.put("OVERDUE", l.overdue().amount());
        p.put("FEE", l.fee().isPositive() ? l.fee().amount() : null);
        p.put("TOTAL", l.total().amount());
        p.put("REMIT_TO", letterhead.company().remitTo().text());
        p.put("BANK_LINE", letterhead.company().bankLine());
        List<ItemRow> rows = l.items().stream().map(i -> new ItemRow(i.invoiceNo(), ReportInputs.date(i.issued()),
                ReportInputs.date(i.due()), (int) i.daysPastDue(), i.open().amount())).toList();
        return new ReportInput(ReportCatalog.Template.DUNNING, name(l, runDate), p, new RecordDataSource(rows));
    }
}
