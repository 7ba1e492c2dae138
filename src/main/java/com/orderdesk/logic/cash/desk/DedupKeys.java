package com.orderdesk.logic.cash.desk;

import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.logic.cash.matching.Payment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fingerprints of transactions, so the same money read from two files (a camt.054 notification
 * and the day's camt.053 statement, or a corrected re-send) is stored once. A transaction is
 * identified by the bank's reference when it has one, else by its content; identical transactions
 * within one file get an occurrence number, so two equal cheques in one deposit stay two.
 */
public final class DedupKeys {
    private DedupKeys() {
    }

    public static List<String> of(List<ImportedPayment> payments) {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> keys = new ArrayList<>(payments.size());
        for (ImportedPayment ip : payments) {
            Payment p = ip.payment();
            String content = identifying(ip.bankReference())
                    ? "ref|" + ip.bankReference().strip() + "|" + p.amount().toPlainString() + "|" + p.receivedDate()
                    : "txn|" + p.receivedDate() + "|" + p.amount().toPlainString() + "|" + p.payerAccount() + "|"
                            + p.payerName().strip().toLowerCase(Locale.ROOT) + "|" + p.reference().strip();
            int n = occurrences.merge(content, 1, Integer::sum);
            keys.add(hash(content) + "#" + n);
        }
        return keys;
    }

    /** A bank's reference identifies a transaction unless it is one of the words banks write for "none". */
    private static boolean identifying(String bankReference) {
        if (bankReference == null || bankReference.isBlank()) {
            return false;
        }
        String r = bankReference.strip().toUpperCase(Locale.ROOT);
        return !r.equals("NONREF") && !r.equals("NOTPROVIDED") && !r.equals("NONE");
    }

    /** A cheque is the same cheque when routing, account and cheque number agree. */
    public static String cheque(String routing, String account, String chequeNo) {
        return "chq|" + routing.strip() + "|" + account.strip() + "|" + chequeNo.strip().replaceFirst("^0+(?=\\d)", "");
    }

    private static String hash(String content) {
        return BankFiles.sha256(content.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }
}
