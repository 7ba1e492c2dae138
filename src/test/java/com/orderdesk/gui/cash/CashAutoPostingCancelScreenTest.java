package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.cash.CashFixture;
import com.orderdesk.persistence.cash.HibernateCashRepository;
import com.orderdesk.persistence.security.HibernateUserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The AR clerk cancels "Post AUTO" while the answers are being posted: the answers post in one
 * unit of work, so a cancel posts none of them and the status bar says so; a cancel that reaches
 * the use case only after its last check (the unit already being written) is corrected to what
 * was posted. The posting is held inside the unit (at an audit entry) so the click lands mid-way.
 */
@ExtendWith(ApplicationExtension.class)
class CashAutoPostingCancelScreenTest {
    private CashFixture f;
    private StatusBarModel status;
    private UiTaskRunner tasks;
    private final HeldAudit audit = new HeldAudit();
    private final CountDownLatch unitEnded = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("cash-cancel-test");
        f = new CashFixture(dir);
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
        assertThat(f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false).auto()).isEqualTo(2);
        var services = f.book.services();
        UnitOfWork real = services.unitOfWork();
        UnitOfWork uow = new UnitOfWork() {
            @Override
            public <T> T write(String action, Supplier<T> work) {
                try {
                    return real.write(action, work);
                } finally {
                    if (action.startsWith("Posting the AUTO")) {
                        unitEnded.countDown();
                    }
                }
            }

            @Override
            public <T> T read(Supplier<T> work) {
                return real.read(work);
            }
        };
        CashUseCases cash = new CashUseCases(uow, new AccessControl(services.authorizer(), new HibernateUserRepository(), real),
                new HibernateCashRepository(), audit, TestBook.CLOCK,
                new com.orderdesk.application.order.OrderSettlement(new com.orderdesk.persistence.order.HibernateOrderRepository()));
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        SignedInUser ar1 = f.desk.user("ar1");
        CashMatchingController controller = new CashMatchingController(new CashDeskServices(cash, services.customers(),
                TestBook.CLOCK, () -> ar1), tasks, new RecordingDialogs(), status);
        Scene scene = new Scene(Views.load(controller), 1400, 860);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        audit.go.countDown();
        tasks.shutdown();
        f.book.db.close();
    }

    @Test
    void cancellingMidWayPostsNoneAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        audit.holdAtApply = 1; // Acme's answer is applied in the unit, the schools' not yet
        waitUntil(() -> autoRows(robot) == 2);

        robot.clickOn("#postAutoButton");
        assertThat(audit.held.await(30, TimeUnit.SECONDS)).as("the posting reached its first answer").isTrue();
        robot.clickOn("#taskCancel");
        waitUntil(() -> "Posting cancelled: nothing was posted".equals(status.getLastMessage()));
        audit.go.countDown();
        assertThat(unitEnded.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status.getLastMessage()).isEqualTo("Posting cancelled: nothing was posted");
        assertThat(f.desk.payments(TestBook.TODAY)).filteredOn(p -> p.status() == DeskStatus.AUTO).hasSize(2);
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
        assertThat(f.auditCount("CASH_APPLY")).isZero();
        assertThat(autoRows(robot)).as("the list, refreshed on the cancel, still shows both answers to post").isEqualTo(2);
    }

    @Test
    void aCancelThatCameAfterTheLastAnswerWasAppliedIsCorrectedToWhatWasPosted(FxRobot robot) throws Exception {
        audit.holdAtApply = 2; // both answers applied: the use case will not look at the cancel again
        waitUntil(() -> autoRows(robot) == 2);

        robot.clickOn("#postAutoButton");
        assertThat(audit.held.await(30, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#taskCancel");
        audit.go.countDown();

        waitUntil(() -> "Posting cancelled: 2 AUTO payments were posted before it stopped".equals(status.getLastMessage()));
        assertThat(f.desk.payments(TestBook.TODAY)).filteredOn(p -> p.status() == DeskStatus.AUTO_APPLIED).hasSize(2);
        assertThat(f.auditCount("CASH_APPLY")).isEqualTo(2);
    }

    private long autoRows(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<DeskPayment> table = robot.lookup("#paymentTable").queryAs(TableView.class);
        return table.getItems().stream().filter(p -> p.status() == DeskStatus.AUTO).count();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The real audit trail, holding the posting thread at the n-th CASH_APPLY entry until the test lets it go. */
    private static final class HeldAudit implements AuditRecorder {
        private final AuditRecorder real = new AuditLog(TestBook.CLOCK);
        private final AtomicInteger applies = new AtomicInteger();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch go = new CountDownLatch(1);
        volatile int holdAtApply;

        @Override
        public AuditEntry record(SignedInUser actor, AuditEvent event) {
            AuditEntry entry = real.record(actor, event);
            if ("CASH_APPLY".equals(event.action()) && applies.incrementAndGet() == holdAtApply) {
                held.countDown();
                try {
                    go.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return entry;
        }

        @Override
        public AuditEntry recordUnkeyed(AuditEvent event) {
            return real.recordUnkeyed(event);
        }
    }
}
