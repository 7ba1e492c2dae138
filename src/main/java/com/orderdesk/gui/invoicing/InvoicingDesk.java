package com.orderdesk.gui.invoicing;

import com.orderdesk.application.invoicing.InvoiceBook;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.reporting.DocumentRenderer;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the invoice printing screen needs, handed in by the app: the books, the renderer (built on
 * first use, off the FX thread: it compiles the templates once), the clock and the signed-in user.
 */
public record InvoicingDesk(InvoiceBook book, Supplier<DocumentRenderer> renderer, Clock clock,
                            Supplier<SignedInUser> currentUser, int exportThreads) {
}
