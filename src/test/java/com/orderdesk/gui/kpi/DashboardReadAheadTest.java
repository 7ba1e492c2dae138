package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's read started ahead (while its screen loads): the first load uses that read and
 * gives the same figures as a read at load time; once read, starting again reads nothing; a read
 * ahead that failed is not kept, so the next load reads the book again.
 */
class DashboardReadAheadTest {
    @TempDir
    Path dir;
    OrderLife life;
    /** Tasks handed to the executor, run when the test says (the read ahead among them). */
    final Deque<Runnable> queued = new ConcurrentLinkedDeque<>();
    final Executor later = queued::add;
    final AtomicReference<SignedInUser> user = new AtomicReference<>();

    @BeforeEach
    void open() {
        life = new OrderLife(TestBook.create(dir));
        life.entered().released().shipped().invoiced().paid();
        user.set(life.manager);
    }

    @AfterEach
    void close() {
        life.book.db.close();
    }

    private DashboardViewModel model(Executor executor) {
        return new DashboardViewModel(life.services.kpi(), user::get, executor, life.services.cashForecast()::forecast);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void theFirstLoadUsesTheReadStartedAheadAndGivesTheSameFigures() {
        Period period = Period.endingOn(life.services.kpi().today(), 90);
        DashboardViewModel.Loaded direct = model(Runnable::run).load(period, false);

        DashboardViewModel ahead = model(later);
        ahead.startReading();
        assertThat(queued).hasSize(1);
        // the read runs (and queues its own halves, run here too) before the screen asks for the figures
        Runnable read = queued.poll();
        Thread reader = new Thread(read);
        reader.start();
        while (reader.isAlive()) {
            runQueued();
            Thread.onSpinWait();
        }
        runQueued();
        DashboardViewModel.Loaded loaded = ahead.load(period, false);
        assertThat(loaded.report()).isEqualTo(direct.report());
        assertThat(loaded.report().figures().basis().ordersEntered()).isEqualTo(1);
        assertThat(loaded.reconciled()).isEqualTo(direct.reconciled());

        ahead.startReading();
        assertThat(queued).as("the book is read: nothing to start").isEmpty();
    }

    @Test
    void aFailedReadAheadIsNotKeptTheNextLoadReadsAgain() {
        Period period = Period.endingOn(life.services.kpi().today(), 90);
        user.set(life.clerk); // an order clerk may not see receivables: the read ahead fails
        DashboardViewModel model = model(Runnable::run);
        model.startReading();
        assertThatThrownBy(() -> model.load(period, false)).hasMessageContaining("may not view receivables");

        user.set(life.manager);
        assertThat(model.load(period, false).report().figures().basis().ordersEntered()).isEqualTo(1);
    }
}
