package com.orderdesk.logic.cash.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one 820 transaction set says, gathered segment by segment. */
final class Remittance820 {
    interface Problems {
        void add(int line, String what);
    }

    final int line;
    BigDecimal amount;
    String creditDebit = "";
    String payerAccount = "";
    LocalDate date;
    LocalDate fallbackDate;
    String trace = "";
    String currency = "";
    String payerName = "";
    final List<RemittanceItem> items = new ArrayList<>();
    /** The entity (N1) loop being read: PR is the payer, PE the payee (this desk). */
    private String party = "";
    /** The item of the RMR whose loop is being read (an ADX there adjusts that open item), or -1. */
    private int openItem = -1;

    Remittance820(int line) {
        this.line = line;
    }

    void segment(String tag, Map<Integer, String> e, int at, Problems problems) {
        switch (tag) {
            case "BPR" -> {
                amount = X12RemittanceReader.amount(e.get(2));
                if (amount == null) {
                    problems.add(at, "BPR02 payment amount \"" + e.getOrDefault(2, "") + "\" is not an amount");
                }
                creditDebit = value(e, 3);
                // BPR06-09: the originating (payer's) bank and account.
                String routing = value(e, 7);
                String account = value(e, 9);
                payerAccount = account.isEmpty() ? "" : routing.isEmpty() ? account : routing + ":" + account;
                date = X12RemittanceReader.date(e.get(16));
            }
            case "TRN" -> trace = value(e, 2);
            case "CUR" -> currency = value(e, 2);
            case "DTM" -> {
                if (fallbackDate == null) {
                    fallbackDate = X12RemittanceReader.date(e.get(2));
                }
            }
            case "N1" -> {
                party = value(e, 1);
                if (party.equals("PR")) {
                    payerName = value(e, 2);
                }
            }
            case "ENT" -> openItem = -1;
            case "RMR" -> remittanceLine(e, at, problems);
            case "ADX" -> adjustment(e, at, problems);
            default -> {
            }
        }
    }

    /** RMR01 qualifier (IV invoice, CM credit memo, PO...), 02 number, 04 paid, 05 invoice total, 06 discount. */
    private void remittanceLine(Map<Integer, String> e, int at, Problems problems) {
        String reference = value(e, 2);
        if (reference.isEmpty()) {
            return;
        }
        BigDecimal paid = null;
        if (!value(e, 4).isEmpty()) {
            paid = X12RemittanceReader.amount(e.get(4));
            if (paid == null) {
                problems.add(at, "RMR04 amount paid \"" + value(e, 4) + "\" is not an amount");
                return;
            }
        }
        List<String> note = new ArrayList<>();
        String kind = value(e, 1);
        if (!kind.equals("IV") && !kind.isEmpty()) {
            note.add(kind);
        }
        BigDecimal discount = X12RemittanceReader.amount(e.get(6));
        if (discount != null && discount.signum() != 0) {
            // RMR06 is the discount the payer took: in the words free text states one with, so that the
            // matching settles the invoice with it (a discount where the book grants it, else a deduction)
            // whether or not another line of the cheque states a deduction (decision 0010)
            note.add("less discount " + discount.toPlainString());
        }
        items.add(new RemittanceItem(reference, paid, String.join(" ", note)));
        openItem = items.size() - 1;
    }

    /**
     * ADX01 adjustment amount, 02 reason code, 04 the adjusted document. Under an RMR it adjusts that
     * open item, and RMR04 (the amount paid) already nets it (RMR05 - RMR06 + ADX01, as EDI.Net's
     * public 820 shows): it becomes words on the RMR's line, "deduction 143.76 reason code 59", which
     * the matching reads as a stated deduction and the claims desk as the case's remittance note,
     * and no amount of its own that would be paid a second time. Before any RMR of its entity (an
     * adjustment of a credit memo, say) it is a line of its own.
     */
    private void adjustment(Map<Integer, String> e, int at, Problems problems) {
        BigDecimal adjusted = X12RemittanceReader.amount(e.get(1));
        if (adjusted == null) {
            problems.add(at, "ADX01 adjustment amount \"" + value(e, 1) + "\" is not an amount");
            return;
        }
        if (openItem >= 0) {
            RemittanceItem item = items.get(openItem);
            // two decimals always: the matching reads "18200" as a possible invoice number, "18200.00" as an amount
            String words = (adjusted.signum() < 0 ? "deduction " : "added ") + adjusted.abs().setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString() + (value(e, 2).isEmpty() ? "" : " reason code " + value(e, 2));
            items.set(openItem, new RemittanceItem(item.reference(), item.amount(), (item.note() + " " + words).strip()));
            return;
        }
        String document = value(e, 4);
        items.add(new RemittanceItem(document.isEmpty() ? "adjustment" : document, adjusted,
                "adjustment" + (value(e, 2).isEmpty() ? "" : " reason " + value(e, 2))));
    }

    /** The remittance as the matching engine reads text: "INV 100.00; INV2 50.00 discount 1.00". */
    String remittanceText() {
        List<String> parts = new ArrayList<>();
        items.forEach(i -> parts.add(i.asText()));
        return String.join("; ", parts);
    }

    private static String value(Map<Integer, String> e, int position) {
        String v = e.get(position);
        return v == null ? "" : v.strip();
    }
}
