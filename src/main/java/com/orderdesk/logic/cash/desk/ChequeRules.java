package com.orderdesk.logic.cash.desk;

import com.orderdesk.logic.common.ReadableDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks on a hand-typed cheque, one sentence per field saying what is wrong and what is
 * allowed. The screen shows them next to the fields; the service repeats them before storing.
 */
public final class ChequeRules {
    private ChequeRules() {
    }

    /** Problems by field name ({@code payer}, {@code chequeNo}, {@code routing}, {@code account}, {@code amount}, {@code date}, {@code stub.N}). */
    public static Map<String, String> check(ChequeInput c, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.payerName() == null || c.payerName().isBlank()) {
            problems.put("payer", "Type the payer's name as printed on the cheque.");
        }
        String chequeNoProblem = chequeNo(c.chequeNo());
        if (chequeNoProblem != null) {
            problems.put("chequeNo", chequeNoProblem);
        }
        String routingProblem = routing(c.routing());
        if (routingProblem != null) {
            problems.put("routing", routingProblem);
        }
        String accountProblem = account(c.account());
        if (accountProblem != null) {
            problems.put("account", accountProblem);
        }
        String amountProblem = amount(c.amount());
        if (amountProblem != null) {
            problems.put("amount", amountProblem);
        }
        if (c.date() == null) {
            problems.put("date", "Type the date written on the cheque.");
        } else if (c.date().isAfter(today)) {
            problems.put("date", "The cheque is post-dated (" + ReadableDates.format(c.date()) + "); it can be entered from that day on.");
        }
        for (int i = 0; i < c.stub().size(); i++) {
            ChequeInput.StubLine line = c.stub().get(i);
            if ((line.invoiceRef() == null || line.invoiceRef().isBlank()) && (line.note() == null || line.note().isBlank())) {
                problems.put("stub." + (i + 1), "Stub line " + (i + 1) + ": type the invoice number or a note.");
            } else if (line.amount() != null && line.amount().signum() <= 0) {
                problems.put("stub." + (i + 1), "Stub line " + (i + 1) + ": the amount must be more than zero.");
            }
        }
        return problems;
    }

    public static String chequeNo(String no) {
        if (no == null || no.isBlank()) {
            return "Type the cheque number (digits, from the MICR line or the top right corner).";
        }
        return no.strip().matches("\\d{1,15}") ? null : "The cheque number has digits only (1 to 15).";
    }

    /** An ABA routing number: nine digits whose weighted sum (3, 7, 1, ...) is a multiple of 10. */
    public static String routing(String routing) {
        if (routing == null || routing.isBlank()) {
            return "Type the 9-digit routing number from the MICR line.";
        }
        String r = routing.strip();
        if (!r.matches("\\d{9}")) {
            return "The routing number has exactly 9 digits; \"" + r + "\" has " + r.length() + " characters.";
        }
        int[] w = {3, 7, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (r.charAt(i) - '0') * w[i % 3];
        }
        return sum % 10 == 0 ? null : "Routing number " + r + " fails its check digit; compare it with the cheque again.";
    }

    public static String account(String account) {
        if (account == null || account.isBlank()) {
            return "Type the account number from the MICR line.";
        }
        return account.strip().matches("\\d{4,17}") ? null : "The account number has 4 to 17 digits.";
    }

    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "Type the cheque's amount, for example 1,250.00.";
        }
        if (amount.signum() <= 0) {
            return "The amount must be more than zero.";
        }
        return amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2 ? "The amount has at most two decimals." : null;
    }
}
