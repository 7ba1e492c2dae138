package com.orderdesk.reporting;

import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Exports many invoices or credit memos to one PDF each, named by number, on a few worker threads.
 * Each worker loads one document, fills it, writes it and drops it before taking the next, so
 * memory does not grow with the batch. A document that fails is reported with its reason and the
 * batch goes on; cancelling stops before the next document (files already written stay, no file is
 * ever half-written). Each PDF is written under a partial name and handed to the {@link Publisher},
 * which gives it its final name in the same transaction that records the print, so a killed run
 * never loses the record of a file it left, nor leaves a file without its record. Used by the batch
 * export screen (progress bar, cancel) and the CLI.
 */
public final class BatchPdfExport {

    /** Told about each document as it is done, from a worker thread. */
    public interface Listener {
        /** {@code file} is null when the document failed; {@code done} counts finished documents. */
        void finished(String number, Path file, String failure, int done, int total);
    }

    /** Gives a finished partial PDF its final name, recording the print; returns the final file. */
    @FunctionalInterface
    public interface Publisher {
        Path publish(String number, Path partial, Path target);
    }

    /** A publisher that records nothing: the partial file takes its final name (generated documents, benchmarks). */
    public static Path moveInPlace(String number, Path partial, Path target) {
        try {
            return java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new DocumentRenderException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** What the batch did: files written (in completion order), failures by number, pages. */
    public record Result(List<Path> written, Map<String, String> failures, int pages, boolean cancelled) {
        public Result {
            written = List.copyOf(written);
            failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }
    }

    private final DocumentRenderer renderer;
    private final int threads;

    public BatchPdfExport(DocumentRenderer renderer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a batch export needs at least one thread, was " + threads);
        }
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.threads = threads;
    }

    /**
     * Exports the documents {@code numbers} to {@code dir}. {@code loader} turns a number into its
     * document and is called from the worker threads, one number at a time per thread (open a
     * database session per call).
     */
    public Result export(List<String> numbers, Function<String, InvoiceDocument> loader, Path dir, Publisher publisher,
                         Listener listener, BooleanSupplier cancelled) throws InterruptedException {
        PartialFiles.removeLeftovers(dir);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger pages = new AtomicInteger();
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
        int total = numbers.size();
        Runnable work = () -> {
            int i;
            while (!cancelled.getAsBoolean() && (i = next.getAndIncrement()) < total) {
                String number = numbers.get(i);
                Path file = null;
                String failure = null;
                try {
                    InvoiceDocument doc = loader.apply(number);
                    FilledDocument print = renderer.fill(doc);
                    Path partial = renderer.exportPartial(print, dir, doc.number());
                    try {
                        file = publisher.publish(doc.number(), partial, dir.resolve(DocumentRenderer.fileName(doc.number())));
                    } finally {
                        PartialFiles.done(partial);
                        PartialFiles.deleteQuietly(partial);
                    }
                    pages.addAndGet(print.pageCount());
                    written.add(file);
                } catch (RuntimeException e) {
                    failure = e.getMessage() == null ? e.toString() : e.getMessage();
                    failures.put(number, failure);
                }
                listener.finished(number, file, failure, done.incrementAndGet(), total);
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, Math.max(1, total)); t++) {
            Thread worker = new Thread(work, "pdf-export-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            workers.forEach(Thread::interrupt);
            throw e;
        }
        return new Result(written, failures, pages.get(), done.get() < total);
    }
}
