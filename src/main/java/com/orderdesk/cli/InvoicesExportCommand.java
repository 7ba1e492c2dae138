package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.app.AppServices;
import com.orderdesk.application.invoicing.InvoiceBook;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import picocli.CommandLine.Mixin;
import com.orderdesk.reporting.BatchPdfExport;
import com.orderdesk.reporting.DocumentRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Exports stored invoices and credit memos to one PDF each, named by number. Exporting is printing:
 * a document's first export is the original and is recorded (who, when); later ones are copies.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one PDF per invoice or credit memo, named by its number (all documents unless narrowed).")
public final class InvoicesExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PDFs (created if missing).")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Selection selection;

    static final class Selection {
        @Option(names = "--unprinted", required = true, description = "Only documents never printed.")
        boolean unprinted;

        @Option(names = "--number", required = true, arity = "1..*", paramLabel = "N",
                description = "Only these documents, e.g. --number INV-010001 CM-001001.")
        List<String> numbers;
    }

    @Option(names = "--limit", paramLabel = "N", description = "At most N documents, oldest first (e.g. for a timed run).")
    Integer limit;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of processors).")
    Integer threads;


    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 to 64, was " + threads);
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; give a folder");
        }
        String refusal = FileTrouble.unwritableFolder(out);
        if (refusal != null) {
            throw new ParameterException(spec.commandLine(), "--out: " + refusal);
        }
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(services.signIn(), services.authorizer(), Permission.PRINT_INVOICE);
            InvoiceBook book = services.invoicing();
            List<String> numbers = chosen(book, user);
            if (limit != null && numbers.size() > limit) {
                numbers = numbers.subList(0, limit);
            }
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "--out " + out + ": cannot create the folder: " + e.getMessage());
            }
            HeapSampler heap = new HeapSampler();
            heap.start();
            long t0 = System.nanoTime();
            DocumentRenderer renderer = services.renderer();
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            java.lang.management.ThreadMXBean threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<Long, Long> cpuByThread = new java.util.concurrent.ConcurrentHashMap<>();
            BatchPdfExport.Result result;
            result = new BatchPdfExport(renderer, workers).export(numbers, number -> book.document(user, number), out,
                    (number, partial, target) -> book.publishPdf(user, number, partial, target),
                    (number, file, failure, done, total) ->
                            cpuByThread.put(Thread.currentThread().getId(), threadBean.getCurrentThreadCpuTime()),
                    () -> false);
            long cpuNanos = cpuByThread.values().stream().mapToLong(Long::longValue).sum();
            double seconds = (System.nanoTime() - t0) / 1e9;
            heap.stop();
            result.failures().forEach((number, why) -> err.println(number + ": " + why));
            err.flush();
            w.printf(Locale.ROOT, "Wrote %d PDF%s (%d pages) to %s in %.1f s%s.%n", result.written().size(),
                    result.written().size() == 1 ? "" : "s", result.pages(), out, seconds,
                    result.failures().isEmpty() ? "" : "; " + result.failures().size() + " failed (listed above)");
            w.printf(Locale.ROOT, "CPU: %.1f s in the %d export threads (load, fill, PDF, record), %.1f ms per document.%n",
                    cpuNanos / 1e9, workers, numbers.isEmpty() ? 0.0 : cpuNanos / 1e6 / numbers.size());
            w.printf(Locale.ROOT, "Heap: peak used %d MB (sampled every 5 ms), %d MB still used after a GC, max %d MB"
                    + " (templates loaded once, included in the time).%n",
                    heap.peak() >> 20, heap.usedAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            w.flush();
            return result.failures().isEmpty() ? 0 : 1;
        }
    }

    /** The documents to export, oldest first; unknown numbers are refused before anything is written. */
    private List<String> chosen(InvoiceBook book, SignedInUser user) {
        if (selection != null && selection.unprinted) {
            return book.unprintedNumbers(user);
        }
        Listing<DocumentRow> listing = book.list(user, new DocumentFilter(null, null, null, null, null, null,
                LocalDate.now(clock), Integer.MAX_VALUE));
        listing.damaged().forEach(d -> spec.commandLine().getErr().println("left out: " + d));
        List<DocumentRow> all = new ArrayList<>(listing.rows());
        all.sort(Comparator.comparing(DocumentRow::issueDate).thenComparing(DocumentRow::number));
        if (selection == null) {
            return all.stream().map(DocumentRow::number).toList();
        }
        Set<String> known = new HashSet<>();
        all.forEach(r -> known.add(r.number()));
        Set<String> wanted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String n : selection.numbers) {
            String number = n.strip().toUpperCase(Locale.ROOT);
            if (known.contains(number)) {
                wanted.add(number);
            } else {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--number: no invoice or credit memo " + String.join(", ", unknown)
                    + " in the book; nothing was written");
        }
        return List.copyOf(wanted);
    }
}
