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

    /** The customer's statement of account on {@code asOf}, printed {@code today}. */
    StatementDocument statement(String customerNo, LocalDate asOf, LocalDate today);
}
