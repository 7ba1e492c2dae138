package com.orderdesk.gui.kpi;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.kpi.KpiUseCases;
import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.CashForecastView;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.security.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dashboard without the toolkit: the period a person chose, the book read and indexed once
 * (again only when asked: F5 or Refresh), the period's report, and the documents behind a figure.
 * {@link #load} and {@link #drill} run off the FX thread; the indexed book is immutable, so a
 * drill-down may run while a new period is computed.
 */
public final class DashboardViewModel {
    /** The period choices: the last N days ending today, or dates a person chose. */
    public enum Range {
        LAST_30("Last 30 days", 30), LAST_90("Last 90 days", 90), LAST_365("Last 365 days", 365), CHOSEN("Chosen dates", 0);

        private final String label;
        private final int days;

        Range(String label, int days) {
            this.label = label;
            this.days = days;
        }

        public String label() {
            return label;
        }

        public int days() {
            return days;
        }
    }

    /**
     * What the screen shows for a period; {@code damaged} names stored rows left out of the figures;
     * {@code charts} what its charts show, prepared with the figures off the FX thread.
     */
    public record Loaded(Period period, KpiReport report, List<String> damaged, int reconciled, long readMillis,
                         CashForecastView forecast, List<ChartData> charts) {
    }

    /** A document behind a figure, with what the ledgers say about it. */
    public record DrillRow(Drill.Kind kind, String number, String customer, LocalDate date, String detail, BigDecimal amount) {
    }

    /** Dates in the details as the Date column shows them (they read "due 2026-10-10"). */
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();

    private final KpiUseCases kpi;
    private final Supplier<SignedInUser> user;
    private final Executor executor;
    private final Function<SignedInUser, CashForecastView> forecast;
    private volatile Book book;
    private volatile Rows rows;
    /** The book's entered and shipped orders listed, each at the first drill-down to them (null until then). */
    private volatile Listing listing;
    /** A read started ahead of the first {@link #load} (see {@link #startReading}), or null. */
    private CompletableFuture<Book> reading;

    /** The indexed book as read. */
    private record Book(KpiUseCases.Figures figures, long readMillis, CashForecastView forecast) {
    }

    /**
     * The ledgers' rows by number, for the drill-down's columns: built at the first drill-down of
     * a book rather than when it opens (hundreds of thousands of rows the opening need not wait for).
     */
    private record Rows(Book of, Listing listing, Map<String, Ledgers.Invoice> invoices, Map<String, String> invoiceCustomers,
                        Map<String, Ledgers.Order> orders, Map<String, Ledgers.Payment> payments) {
    }

    /**
     * The engine with the entered orders, the shipped orders or both listed: the opening counts
     * them (the database adds them up, no order row read), so the drill-down to them reads them
     * when first asked. {@code entered} and {@code shipped} are null until listed.
     */
    private record Listing(Book of, KpiBook engine, List<Ledgers.Order> entered, List<Ledgers.Order> shipped) {
    }

    /**
     * @param executor where half of the indexing runs (a second core), see KpiBook.of
     * @param forecast the cash forecast (read with the book, beside it on the executor)
     */
    public DashboardViewModel(KpiUseCases kpi, Supplier<SignedInUser> user, Executor executor,
                              Function<SignedInUser, CashForecastView> forecast) {
        this.kpi = kpi;
        this.user = user;
        this.executor = executor;
        this.forecast = forecast;
    }

    public LocalDate today() {
        return kpi.today();
    }

    /** The period of a choice; {@code from} and {@code to} count only for chosen dates. */
    public Period period(Range range, LocalDate from, LocalDate to) {
        if (range != Range.CHOSEN) {
            return Period.endingOn(today(), range.days());
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("Choose both dates of the period.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + FORMATS.date(to) + ") before it starts (" + FORMATS.date(from)
                    + "); swap the dates.");
        }
        if (to.toEpochDay() - from.toEpochDay() >= 3660) {
            throw new IllegalArgumentException("Choose a period of ten years or less.");
        }
        return new Period(from, to);
    }

    /**
     * Starts reading and indexing the book on the executor when it has not been read yet, so that
     * the first {@link #load} finds it read or half read: the screen calls this when a person opens
     * the dashboard, before its FXML and charts load (a few hundred milliseconds in a fresh JVM that
     * the read then shares). A later call, or one after the book was read, does nothing.
     */
    public synchronized void startReading() {
        if (book == null && reading == null) {
            reading = CompletableFuture.supplyAsync(this::read, executor);
        }
    }

    /** Reads and indexes the book when {@code reread} or not yet done, then computes the period's report. */
    public Loaded load(Period period, boolean reread) {
        return load(period, reread, BatchProgress.NONE).orElseThrow();
    }

    /**
     * The same, told as steps to {@code progress} (reading the book, when it must be read; the period's
     * figures; the charts' data) and asked between them whether to stop (decision 9). A run stopped gives
     * nothing and keeps the book read before: a cancelled F5 leaves the figures shown as they were, and
     * the next period chosen is computed from that book. The read itself is not interrupted (two reads
     * on two threads, under a second on the 100,000-customer book): a Cancel during it lands when it ends.
     */
    public Optional<Loaded> load(Period period, boolean reread, BatchProgress progress) {
        Book b = book;
        boolean read = b == null || reread;
        int steps = read ? 3 : 2;
        int step = 0;
        if (read) {
            progress.starting(++step, steps, reread ? "Reading the book again" : "Reading the book");
            b = reread ? read() : readAhead();
            if (progress.stopRequested()) {
                return Optional.empty();
            }
        }
        progress.starting(++step, steps, "Computing the figures");
        KpiReport report = b.figures().book().report(period);
        if (progress.stopRequested()) {
            return Optional.empty();
        }
        progress.starting(++step, steps, "Preparing the charts");
        List<ChartData> charts = ChartData.of(report);
        if (progress.stopRequested()) {
            return Optional.empty();
        }
        book = b;
        return Optional.of(new Loaded(period, report, b.figures().read().damaged(), b.figures().read().money().reconciled(),
                b.readMillis(), b.forecast(), charts));
    }

    /** The read started by {@link #startReading} (once: a failed one is not kept), else a read now. */
    private Book readAhead() {
        CompletableFuture<Book> ahead;
        synchronized (this) {
            ahead = reading;
            reading = null;
        }
        if (ahead == null) {
            return read();
        }
        try {
            return ahead.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Book read() {
        long t0 = System.nanoTime();
        SignedInUser u = user.get();
        CompletableFuture<CashForecastView> cash = new CompletableFuture<>();
        // the forecast by the first of the two reading threads to be done, not on a third thread
        // taking a core from the two reads (fresh JVM, 2 cores: first opening 788-917 ms against 875-1,078)
        KpiUseCases.Figures figures = kpi.figures(u, executor, () -> {
            try {
                cash.complete(forecast.apply(u));
            } catch (RuntimeException e) {
                cash.completeExceptionally(e);
            }
        });
        long millis = (System.nanoTime() - t0) / 1_000_000;
        try {
            return new Book(figures, millis, cash.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Rows index(Book book, Listing listing, CompletableFuture<Map<String, String>> invoiceCustomers) {
        KpiUseCases.Counted read = book.figures().read();
        List<Ledgers.Invoice> invoiceList = read.money().invoices();
        Map<String, Ledgers.Invoice> invoices = new HashMap<>(invoiceList.size() * 2);
        invoiceList.forEach(i -> invoices.put(i.invoiceNo(), i));
        List<Ledgers.Order> shipped = listing.shipped() == null ? List.of() : listing.shipped();
        List<Ledgers.Order> listed = listing.entered() == null ? List.of() : listing.entered();
        Map<String, Ledgers.Order> orders = new HashMap<>((shipped.size() + listed.size()) * 2);
        shipped.forEach(o -> orders.put(o.orderNo(), o));
        listed.forEach(o -> orders.putIfAbsent(o.orderNo(), o)); // a shipped order keeps its shipping detail
        Map<String, Ledgers.Payment> payments = new HashMap<>(read.money().payments().size() * 2);
        read.money().payments().forEach(p -> payments.put(p.paymentId(), p));
        try {
            return new Rows(book, listing, invoices, invoiceCustomers.join(), orders, payments);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The engine of the book listing what {@code drill} lists: the entered orders, the shipped
     * orders (each read once per book, at the first drill-down that lists them), or neither.
     */
    private synchronized Listing listing(Book b, Drill drill) {
        Listing l = listing;
        if (l == null || l.of() != b) {
            l = new Listing(b, b.figures().book(), null, null);
        }
        KpiUseCases.Figures figures = new KpiUseCases.Figures(l.engine(), b.figures().read());
        boolean entered = drill.listsEnteredOrders() && !l.engine().listsOrders();
        // the entered orders' rows show a shipped order's shipping detail, which only the shipped
        // orders' listing has: a drill to entered orders lists both, side by side
        boolean shipped = (drill.listsShippedOrders() || entered) && !l.engine().listsShippedOrders();
        CompletableFuture<KpiUseCases.Listed> shippedRead = shipped
                ? CompletableFuture.supplyAsync(() -> kpi.listShippedOrders(user.get(), figures), executor) : null;
        if (entered) {
            KpiUseCases.Listed listed = kpi.listOrders(user.get(), figures);
            l = new Listing(b, listed.book(), listed.orders(), l.shipped());
        }
        if (shippedRead != null) {
            KpiUseCases.Listed listed;
            try {
                listed = shippedRead.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            // listed against the engine as it was; with the entered orders listed meanwhile, against that one
            KpiBook engine = entered ? l.engine().listingShipped(listed.orders()) : listed.book();
            l = new Listing(b, engine, l.entered(), listed.orders());
        }
        listing = l;
        return l;
    }

    /** The documents behind a figure over the period (after {@link #load}). */
    public List<DrillRow> drill(Drill drill, Period period, AgingBucket bucket, OrderChannel channel) {
        Book b = book;
        if (b == null) {
            throw new IllegalStateException("The figures are not loaded yet.");
        }
        Rows r = rows;
        // the invoices' customers read (once per book) beside the listing of the orders the drill
        // needs (each reads the 100,000 customer numbers, 0.2-0.5 s), not after it
        CompletableFuture<Map<String, String>> customers = r != null && r.of() == b
                ? CompletableFuture.completedFuture(r.invoiceCustomers())
                : CompletableFuture.supplyAsync(() -> kpi.invoiceCustomers(user.get()), executor);
        Listing l = listing(b, drill);
        KpiBook engine = l.engine();
        if (r == null || r.of() != b || r.listing() != l) {
            r = index(b, l, customers);
            rows = r;
        }
        List<String> numbers = drill.numbers(engine.drillDown(), period, bucket, channel);
        // an open invoice adds what is open to the receivables, not its total: the rows sum to the figure
        Map<String, BigDecimal> open = drill.listsOpenInvoices() ? engine.drillDown().openAmounts(period.last()) : Map.of();
        List<DrillRow> rows = new ArrayList<>(numbers.size());
        for (String n : numbers) {
            rows.add(switch (drill.kind()) {
                case INVOICE -> {
                    Ledgers.Invoice i = r.invoices().get(n);
                    BigDecimal openAmount = open.get(n);
                    yield openAmount == null
                            ? new DrillRow(Drill.Kind.INVOICE, n, r.invoiceCustomers().getOrDefault(n, ""), i.invoiceDate(),
                                    "due " + FORMATS.date(i.dueDate()), i.amount())
                            : new DrillRow(Drill.Kind.INVOICE, n, r.invoiceCustomers().getOrDefault(n, ""), i.invoiceDate(),
                                    "due " + FORMATS.date(i.dueDate()) + (openAmount.compareTo(i.amount()) == 0 ? ""
                                            : ", open of " + FORMATS.money(com.orderdesk.model.common.Money.of(i.amount()))),
                                    openAmount);
                }
                case ORDER -> {
                    Ledgers.Order o = r.orders().get(n);
                    yield new DrillRow(Drill.Kind.ORDER, n, o.customerNo(), o.enteredDate(), orderDetail(o),
                            o.shipped() ? o.shippingCost().add(o.handlingCost()) : null);
                }
                case PAYMENT -> {
                    Ledgers.Payment p = r.payments().get(n);
                    yield new DrillRow(Drill.Kind.PAYMENT, n, "", p.receivedDate(), p.auto() ? "auto-applied" : "by a person",
                            p.amount());
                }
            });
        }
        return rows;
    }

    private static String orderDetail(Ledgers.Order o) {
        StringBuilder s = new StringBuilder(o.channel().name().charAt(0) + o.channel().name().substring(1).toLowerCase());
        if (o.touched()) {
            s.append(", touched");
        }
        if (o.shipped()) {
            s.append(", shipped ").append(FORMATS.date(o.shippedDate())).append(" in ").append(o.shipments());
            if (!o.perfect()) {
                List<String> not = new ArrayList<>();
                if (!o.complete()) {
                    not.add("incomplete");
                }
                if (!o.onTime()) {
                    not.add("late");
                }
                if (!o.undamaged()) {
                    not.add("damaged/returned");
                }
                if (!o.invoiceCorrect()) {
                    not.add("invoice corrected");
                }
                s.append(" (").append(String.join(", ", not)).append(')');
            }
        }
        return s.toString();
    }
}
