package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.SampleDocuments;
import com.orderdesk.logic.invoicing.print.TestRenderers;
import com.orderdesk.reporting.DocumentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Cancel while invoices are prepared for printing stops at the next page: before the next document,
 * between the pages drawn, and inside a long document's fill (JasperReports' own cancel). It used to
 * prepare every page of every document and then drop them (decision 0009).
 */
class PrintPreparationCancelTest {
    private static final DocumentRenderer RENDERER = TestRenderers.demo();
    /** 400 lines: several pages, so a fill that goes on after the stop shows as more pages made. */
    private static final InvoiceDocument LONG = SampleDocuments.invoice(new Random(7), 1, 400);
    private final List<String> read = new ArrayList<>();

    private InvoiceDocument document(String number) {
        read.add(number);
        return number.equals("LONG") ? LONG : SampleDocuments.invoice(3, read.size(), 3);
    }

    /** Stops once asked {@code after} times (counting every ask). */
    private static final class StopAfter implements BatchProgress {
        final AtomicInteger asked = new AtomicInteger();
        final int after;

        StopAfter(int after) {
            this.after = after;
        }

        @Override
        public boolean stopRequested() {
            return asked.incrementAndGet() > after;
        }
    }

    @Test
    void aCancelDuringTheFirstDocumentReadsNoOtherAndGivesNoPage() {
        StopAfter stop = new StopAfter(1); // the ask before the first document says go on; the next, stop

        DocumentPrinting.Prepared prepared = DocumentPrinting.pages(RENDERER, this::document, List.of("A", "B", "C"), stop);

        assertThat(prepared.stopped()).isTrue();
        assertThat(prepared.pages()).isEmpty();
        assertThat(prepared.documents()).isZero();
        assertThat(read).as("the second and third documents were never read").containsExactly("A");
        assertThat(DocumentActions.printCancelled(prepared))
                .isEqualTo("Printing cancelled after preparing 0 of 3 documents; nothing was printed or recorded.");
    }

    @Test
    void aCancelInsideALongDocumentsFillStopsItAtTheNextPage() {
        AtomicInteger pagesMade = new AtomicInteger();
        int allPages = RENDERER.fill(LONG).pageCount();
        assertThat(allPages).as("the document is long enough to show a fill going on").isGreaterThan(3);

        var stopped = RENDERER.fill(LONG, () -> pagesMade.incrementAndGet() > 1); // asked once before the fill, then per page

        assertThat(stopped).isEmpty();
        assertThat(pagesMade.get() - 1).as("pages made before the fill stopped, of " + allPages).isEqualTo(1);
    }

    @Test
    void aRunNotCancelledGivesEveryPageOfEveryDocument() {
        DocumentPrinting.Prepared prepared = DocumentPrinting.pages(RENDERER, this::document, List.of("A", "LONG"), BatchProgress.NONE);

        assertThat(prepared.stopped()).isFalse();
        assertThat(prepared.documents()).isEqualTo(2);
        assertThat(prepared.pages()).hasSize(RENDERER.fill(SampleDocuments.invoice(3, 1, 3)).pageCount() + RENDERER.fill(LONG).pageCount());
    }
}
