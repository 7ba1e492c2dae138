package com.orderdesk.application.collections;

import com.orderdesk.logic.invoicing.print.StatementDocument;
import java.time.LocalDate;
import java.util.List;

/** What the statement batch reads from the book (inside the caller's unit of work). */
public interface StatementRepository {
    /**
     * Customer numbers, in order, with anything that could make a balance on {@code asOf}: an open
     * invoice or credit memo issued by then, or a deduction parked on an open case opened by then.
     * Whether the balance is really owed is decided on the statement itself.
     */
    List<String> withOpenItems(LocalDate asOf);

    /**
     * Customer numbers, in order, whose account could say something for {@code from} to {@code to}: those
     * {@link #withOpenItems} on {@code to} or on the day before {@code from}, and those with an invoice, cash
     * application, credit memo or case settlement dated in the period.
     */
    List<String> withActivity(LocalDate from, LocalDate to);

    /** The customer's activity statement for {@code from} to {@code to}, printed {@code today}. */
    com.orderdesk.logic.invoicing.print.ActivityStatement activity(String customerNo, LocalDate from, LocalDate to,
                                                                   LocalDate today);

    /** The customer's statement of account on {@code asOf}, printed {@code today}. */
    StatementDocument statement(String customerNo, LocalDate asOf, LocalDate today);
}
