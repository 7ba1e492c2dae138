package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.collections.CollectionsRepository;
import com.orderdesk.logic.kpi.CashForecastView;
import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import com.orderdesk.logic.prediction.PaymentPredictor;
import com.orderdesk.persistence.collections.HibernateCollectionsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cash forecast's content for the demo book (issues 15 and 16): today's payment predictions are
 * made by the demo's credit checks ({@link DemoCreditHolds}, through the collections use case, which keeps
 * today's 13-week snapshot); this adds the snapshots the
 * desk would have kept on each of the last eight Mondays, made by the same prediction engine from
 * the book as it stood that Monday (the invoices paid by then as history; those issued by then and
 * paid later, or still open, as the open items). Nothing is dated after the book's today.
 */
public final class CashForecastDemo {
    private static final Logger LOG = LoggerFactory.getLogger(CashForecastDemo.class);
    static final int PAST_MONDAYS = 8;

    private CashForecastDemo() {
    }

    public static void fill(UnitOfWork uow, Clock clock) {
        try {
            // today's predictions were made by the demo's credit checks (DemoCreditHolds), after the paid history's
            // cash and the desk's invoices: made again here, a "predicted to pay very late" hold could quote a
            // prediction other than the one the desk shows beside it
            CollectionsRepository repository = new HibernateCollectionsRepository(clock.getZone());
            LocalDate today = LocalDate.now(clock);
            uow.run("Writing the demo's past cash forecasts", () -> {
                List<PaidInvoice> paid = repository.paidHistory(today);
                List<CollectionsRepository.BookInvoice> open = repository.openInvoices();
                LocalDate thisMonday = CashForecastView.monday(today);
                for (int k = PAST_MONDAYS; k >= 1; k--) {
                    LocalDate asOf = thisMonday.minusWeeks(k);
                    List<PaidInvoice> history = new ArrayList<>();
                    List<OpenInvoice> openThen = new ArrayList<>();
                    for (PaidInvoice p : paid) {
                        if (!p.paidDate().isAfter(asOf)) {
                            history.add(p);
                        } else if (!p.invoiceDate().isAfter(asOf)) {
                            openThen.add(new OpenInvoice(p.invoiceNo(), p.customerNo(), p.invoiceDate(), p.dueDate(), p.amount(),
                                    p.terms()));
                        }
                    }
                    for (CollectionsRepository.BookInvoice b : open) {
                        if (!b.invoice().invoiceDate().isAfter(asOf)) {
                            openThen.add(b.invoice());
                        }
                    }
                    repository.saveForecast(asOf, new PaymentPredictor().predict(history, openThen, asOf).cashInForecast());
                }
            });
        } catch (RuntimeException e) {
            // the rest of the demo book stands without it: the dashboard then says how to get predictions
            LOG.warn("demo cash forecast left out: {}", e.getMessage(), e);
        }
    }
}
