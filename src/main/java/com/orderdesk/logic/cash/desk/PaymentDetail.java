package com.orderdesk.logic.cash.desk;

import com.orderdesk.model.cash.MatchStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * One payment as the detail pane shows it.
 *
 * @param invoices the identified customer's (and its children's) open invoices, oldest first
 * @param proposal the engine's rows (empty before the first auto-match)
 * @param posted   the applications posted and not reversed
 */
public record PaymentDetail(DeskPayment payment, long version, String reference, String chequeNo,
                            String payerAccount, String sourceFile, Integer sourceLine, String bankReference,
                            String stubImage, List<Remittance> remittance, MatchStatus matchStatus,
                            Double confidence, String matchReason, List<Proposed> proposal,
                            List<OpenInvoice> invoices, List<Posted> posted) {

    public record Remittance(String invoiceRef, BigDecimal amount, String note) {
    }

    public record Proposed(String invoiceNo, BigDecimal applied, BigDecimal discount, BigDecimal deduction,
                           MatchStatus status) {
    }

    public record Posted(String invoiceNo, BigDecimal applied, BigDecimal discount, BigDecimal deduction,
                         String reasonCode, String postedBy, String origin) {
    }
}
