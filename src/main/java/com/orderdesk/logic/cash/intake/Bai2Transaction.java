package com.orderdesk.logic.cash.intake;

/**
 * A BAI2 16 (transaction detail) record: type code, amount, funds type (with the fields some
 * funds types carry), bank reference, customer reference and free text.
 */
record Bai2Transaction(int typeCode, long cents, String bankReference, String customerReference, String text) {

    /** Type codes 100 to 399 are credits (money in); 400 to 699 debits. */
    boolean isCredit() {
        return typeCode >= 100 && typeCode < 400;
    }

    static Bai2Transaction of(Bai2Record r, Bai2Record.Problems problems) {
        String type = r.field(1);
        boolean ok = true;
        if (!type.matches("\\d{3}")) {
            problems.add(r.line(), "type code \"" + type + "\" is not a three-digit BAI code");
            ok = false;
        }
        Long cents = amount(r.field(2), false);
        if (cents == null) {
            problems.add(r.line(), "amount \"" + r.field(2) + "\" is not an amount in cents (digits only)");
            ok = false;
        }
        String funds = r.field(3);
        if (!funds.isEmpty() && !funds.matches("[012ZVSD]")) {
            problems.add(r.line(), "funds type \"" + funds + "\" is not one of 0, 1, 2, Z, V, S, D");
            ok = false;
        }
        int next = skipFundsType(r, 3);
        if (!ok) {
            return null;
        }
        return new Bai2Transaction(Integer.parseInt(type), cents, r.field(next), r.field(next + 1), r.rest(next + 2));
    }

    /**
     * The index of the field after a funds type at {@code index} and the fields it carries:
     * V a value date and time, S three availability amounts, D a count of day/amount pairs.
     */
    static int skipFundsType(Bai2Record r, int index) {
        String funds = r.field(index);
        switch (funds) {
            case "V":
                return index + 3;
            case "S":
                return index + 4;
            case "D":
                String n = r.field(index + 1);
                return index + 2 + (n.matches("\\d+") ? 2 * Integer.parseInt(n) : 0);
            default:
                return index + 1;
        }
    }

    /** BAI2 amounts are whole cents without a decimal point; control totals may carry a sign. */
    static Long amount(String text, boolean signed) {
        String t = text.trim();
        if (signed && (t.startsWith("-") || t.startsWith("+"))) {
            Long v = amount(t.substring(1), false);
            return v == null ? null : t.startsWith("-") ? -v : v;
        }
        if (!t.matches("\\d{1,17}")) {
            return t.isEmpty() && signed ? 0L : null;
        }
        return Long.parseLong(t);
    }
}
