package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a camt.053 entry (Ntry) and its transactions (TxDtls) say, gathered while reading. */
final class CamtEntry {
    /** One TxDtls: a single payment inside an entry (a batch entry has several). */
    static final class Tx {
        final int line;
        BigDecimal amount;
        String currency;
        String creditDebit;
        String endToEndId = "";
        String bankReference = "";
        String debtorName = "";
        String ultimateDebtorName = "";
        String debtorAccount = "";
        String debtorAgent = "";
        final List<String> unstructured = new ArrayList<>();
        /** Referred documents (RfrdDocInf/Nb) with the amount remitted for each when given. */
        final List<RemittanceItem> documents = new ArrayList<>();
        String additional = "";

        Tx(int line) {
            this.line = line;
        }

        /** The remittance as text: referred documents with their amounts, then the free text. */
        String remittance() {
            List<String> parts = new ArrayList<>();
            documents.forEach(d -> parts.add(d.asText()));
            parts.addAll(unstructured);
            if (parts.isEmpty() && !additional.isBlank()) {
                parts.add(additional);
            }
            return String.join("; ", parts);
        }
    }

    final int line;
    BigDecimal amount;
    String currency;
    String creditDebit;
    boolean reversal;
    String status = "";
    LocalDate bookingDate;
    LocalDate valueDate;
    String bankReference = "";
    String additional = "";
    final List<Tx> transactions = new ArrayList<>();

    CamtEntry(int line) {
        this.line = line;
    }

    /** Booked credits only: pending or informational entries, debits and reversals are not payments. */
    boolean isBookedCredit() {
        return "CRDT".equals(creditDebit) && !reversal && (status.isEmpty() || status.equals("BOOK"));
    }

    LocalDate date() {
        return bookingDate != null ? bookingDate : valueDate;
    }

    /**
     * The payments of a booked credit entry: one per transaction, or the entry itself. One
     * transaction takes the entry's amount and currency: that is what the bank booked to the
     * account (a transaction's own amount may be the instructed amount in another currency, or
     * zero). Several transactions were checked to add up to the entry in its currency.
     */
    List<ImportedPayment> payments(String fileName, LocalDate fallbackDate) {
        List<ImportedPayment> out = new ArrayList<>();
        LocalDate booked = date() != null ? date() : fallbackDate;
        if (transactions.isEmpty()) {
            Payment p = new Payment(fileName + ":" + line, booked, amount, currency, "", "", additional);
            out.add(new ImportedPayment(p, fileName, line, bankReference));
            return out;
        }
        boolean single = transactions.size() == 1;
        for (Tx t : transactions) {
            BigDecimal a = single || t.amount == null ? amount : t.amount;
            String name = t.debtorName.isEmpty() ? t.ultimateDebtorName : t.debtorName;
            String account = t.debtorAccount.isEmpty() ? "" : t.debtorAgent.isEmpty() ? t.debtorAccount
                    : t.debtorAgent + ":" + t.debtorAccount;
            String reference = t.remittance().isEmpty() ? additional : t.remittance();
            Payment p = new Payment(fileName + ":" + t.line, booked, a, currency, name, account, reference);
            String ref = !t.bankReference.isEmpty() ? t.bankReference : !bankReference.isEmpty() ? bankReference : t.endToEndId;
            out.add(new ImportedPayment(p, fileName, t.line, ref, t.documents));
        }
        return out;
    }
}
