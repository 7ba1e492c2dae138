package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 9 on the dashboard: its load is told as steps, and a load stopped between them gives
 * nothing and keeps the book read before (a cancelled F5 leaves the figures as they were).
 */
class DashboardCancelledReadTest {
    @TempDir
    Path dir;
    OrderLife life;

    @BeforeEach
    void open() {
        life = new OrderLife(TestBook.create(dir));
        life.entered().released().shipped().invoiced().paid();
    }

    @AfterEach
    void close() {
        life.book.db.close();
    }

    /** Tells the steps to {@code told} and asks to stop once {@code stopAfter} steps were told. */
    private static BatchProgress stoppingAfter(int stopAfter, List<String> told) {
        return new BatchProgress() {
            @Override
            public void starting(int number, int of, String item) {
                told.add(item + " " + number + "/" + of);
            }

            @Override
            public boolean stopRequested() {
                return told.size() >= stopAfter;
            }
        };
    }

    @Test
    void aReadAgainStoppedGivesNothingAndTheFiguresKeepTheBookReadBefore() {
        Period period = Period.endingOn(life.services.kpi().today(), 90);
        var manager = life.manager;
        DashboardViewModel model = new DashboardViewModel(life.services.kpi(), () -> manager, Runnable::run,
                life.services.cashForecast()::forecast);
        List<String> told = new ArrayList<>();
        DashboardViewModel.Loaded first = model.load(period, false, stoppingAfter(99, told)).orElseThrow();
        assertThat(told).containsExactly("Reading the book 1/3", "Computing the figures 2/3", "Preparing the charts 3/3");
        assertThat(first.report().figures().basis().ordersEntered()).isEqualTo(1);
        assertThat(first.charts()).extracting(ChartData::id).containsExactly("dsoChart", "agingChart", "touchlessChart",
                "autoCashChart", "splitChart", "costChart", "perfectChart", "daysChart");

        life.services.orders().save(life.clerk, new OrderDraft(null, null, life.book.exemptId, life.book.exemptShipToId,
                OrderChannel.EMAIL, "PO-MAIL", null, null,
                List.of(new OrderLineDraft(life.book.towelId, "TWL-ROLL-8", 1, null, BigDecimal.ZERO))));
        told.clear();
        assertThat(model.load(period, true, stoppingAfter(1, told))).as("stopped after the read").isEmpty();
        assertThat(told).containsExactly("Reading the book again 1/3");
        assertThat(model.load(period, false).report().figures().basis().ordersEntered())
                .as("the book read before the stopped read").isEqualTo(1);

        told.clear();
        assertThat(model.load(period, false, stoppingAfter(99, told))).isPresent();
        assertThat(told).as("no read: the period's figures and charts").containsExactly("Computing the figures 1/2",
                "Preparing the charts 2/2");
        assertThat(model.load(period, true).report().figures().basis().ordersEntered()).isEqualTo(2);
    }
}
