package com.orderdesk.bench;

import com.orderdesk.cli.HeapSampler;
import com.orderdesk.logic.invoicing.DocumentSeries;
import com.orderdesk.reporting.BatchPdfExport;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.reporting.ReportCatalog;
import com.orderdesk.logic.invoicing.print.SampleDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Generates N sample invoices of 1 to 20 lines from a seed and exports each to a PDF, the way a
 * batch export does: every worker fills, exports and drops one invoice at a time, so memory does
 * not grow with the batch. Reports elapsed time (template compilation reported apart) and heap.
 */
@Command(name = "invoice-print-bench", mixinStandardHelpOptions = true,
        description = "Benchmark: export N generated invoices to PDF files and report time and peak heap.")
public final class InvoicePrintBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PDFs (created if missing).")
    Path out;

    @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "Invoices to export (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated invoices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-lines", defaultValue = "20", paramLabel = "L", description = "Each invoice has 1 to L lines (default: ${DEFAULT-VALUE}).")
    int maxLines;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("Cannot create output folder " + out + ": " + e.getMessage());
            return 2;
        }
        HeapSampler heap = new HeapSampler();
        heap.start();
        long t0 = System.nanoTime();
        ReportCatalog catalog = new ReportCatalog();
        catalog.get(ReportCatalog.Template.INVOICE);
        DocumentRenderer renderer = new DocumentRenderer(catalog, CompanyProfile.demo());
        double compileSeconds = (System.nanoTime() - t0) / 1e9;

        List<String> numbers = new ArrayList<>(count);
        for (long n = 1; n <= count; n++) {
            numbers.add(DocumentSeries.INVOICE.format(n));
        }
        // CPU time of the workers, read on each worker after each document: unlike wall time it
        // does not depend on what else the machine is running
        java.lang.management.ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpuByThread = new ConcurrentHashMap<>();
        long t1 = System.nanoTime();
        BatchPdfExport.Result result = new BatchPdfExport(renderer, workers).export(numbers,
                number -> SampleDocuments.invoice(seed, DocumentSeries.INVOICE.parse(number), maxLines), out,
                BatchPdfExport::moveInPlace,
                (number, file, failure, done, total) ->
                        cpuByThread.put(Thread.currentThread().getId(), threadBean.getCurrentThreadCpuTime()),
                () -> false);
        double seconds = (System.nanoTime() - t1) / 1e9;
        heap.stop();
        if (!result.failures().isEmpty()) {
            result.failures().forEach((number, why) -> err.println(number + ": " + why));
            err.println("Export failed for " + result.failures().size() + " of " + count + " invoices.");
            return 1;
        }
        long bytes = 0;
        for (Path file : result.written()) {
            bytes += Files.size(file);
        }
        long cpuNanos = cpuByThread.values().stream().mapToLong(Long::longValue).sum();
        long retained = heap.usedAfterGc();
        w.printf(Locale.ROOT, "Wrote %d invoices (%d pages, %.1f MB) to %s in %.1f s: %.1f ms per invoice, %.1f invoices/s, %d threads.%n",
                count, result.pages(), bytes / 1e6, out, seconds, seconds * 1000 / count, count / seconds, workers);
        w.printf(Locale.ROOT, "CPU: %.1f s in the export threads, %.1f ms per invoice (wall time also depends on other load on the machine).%n",
                cpuNanos / 1e9, cpuNanos / 1e6 / count);
        // the build precompiles the templates; a template without its .jasper is compiled here instead
        w.printf(Locale.ROOT, "Template %s once in %.1f s (before the batch, not in the figure above).%n",
                catalog.compilations() == 0 ? "loaded (precompiled at build)" : "compiled", compileSeconds);
        w.printf(Locale.ROOT, "Heap: peak used %d MB (sampled every 5 ms), %d MB still used after the batch and a GC, max %d MB.%n",
                heap.peak() >> 20, retained >> 20, Runtime.getRuntime().maxMemory() >> 20);
        w.flush();
        return 0;
    }

    private void validate() {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, was " + count);
        }
        if (maxLines < 1 || maxLines > 500) {
            throw new ParameterException(spec.commandLine(), "--max-lines must be 1 to 500, was " + maxLines);
        }
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 to 64, was " + threads);
        }
    }
}
