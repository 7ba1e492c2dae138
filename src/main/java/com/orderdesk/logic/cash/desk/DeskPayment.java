package com.orderdesk.logic.cash.desk;

import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;

/** One row of the day's payment list. */
public record DeskPayment(long id, String number, PaymentKind kind, LocalDate receivedDate, Money amount,
                          String payerName, String customerNo, String customerName, DeskStatus status,
                          Money unapplied, String reason, String source) {
}
