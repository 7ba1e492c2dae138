package com.orderdesk.logic.invoicing.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.TestFiles;
import com.orderdesk.reporting.BatchPdfExport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPdfExportTest {
    private static final List<String> NUMBERS = List.of("INV-000001", "INV-000002", "INV-000003", "INV-000004", "INV-000005");

    private static final Function<String, InvoiceDocument> LOADER = number -> {
        if (number.equals("INV-000003")) {
            throw new IllegalStateException("invoice INV-000003 not found");
        }
        return SampleDocuments.invoice(5, Long.parseLong(number.substring(4)), 4);
    };

    @Test
    void writesOnePdfPerDocumentAndReportsFailuresWithoutStopping(@TempDir Path dir) throws Exception {
        List<Integer> progress = new CopyOnWriteArrayList<>();
        BatchPdfExport.Result result = new BatchPdfExport(PrintFixtures.RENDERER, 2).export(NUMBERS, LOADER, dir, BatchPdfExport::moveInPlace,
                (number, file, failure, done, total) -> progress.add(done), () -> false);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.failures()).containsExactly(java.util.Map.entry("INV-000003", "invoice INV-000003 not found"));
        assertThat(result.written()).hasSize(4);
        assertThat(result.pages()).isEqualTo(4);
        assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(TestFiles.names(dir))
                .containsExactly("INV-000001.pdf", "INV-000002.pdf", "INV-000004.pdf", "INV-000005.pdf");
    }

    @Test
    void cancellingStopsBeforeTheNextDocumentAndLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        BatchPdfExport.Result result = new BatchPdfExport(PrintFixtures.RENDERER, 1).export(NUMBERS, LOADER, dir, BatchPdfExport::moveInPlace,
                (number, file, failure, done, total) -> cancel.set(done == 2), cancel::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.written()).hasSize(2);
        assertThat(TestFiles.names(dir))
                .containsExactly("INV-000001.pdf", "INV-000002.pdf");
    }
}
