package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.FxDialogService;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.demo.DemoInputsLoader;
import com.orderdesk.demo.DemoSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A credit manager signs in, picks a held order from the queue, types a reason and releases it. */
@ExtendWith(ApplicationExtension.class)
class CreditDeskScreenTest {
    private AppServices services;
    private UiTaskRunner tasks;
    private DeskSession session;
    private com.orderdesk.logic.audit.AuditKey key;

    /** The credit manager as the test itself reads the book (the screen signed in on its own). */
    private com.orderdesk.logic.security.SignedInUser carmen() {
        return com.orderdesk.demo.DemoBook.user("carmen", key);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("credit-desk-test");
        StateTaxRateTable tax = StateTaxRateTable.loadDefault();
        Clock clock = Clock.systemDefaultZone();
        Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("desk.db")));
        // a low bcrypt cost keeps the test fast; the app upgrades such hashes at sign-in
        key = new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(tax), clock, new BCryptPasswordEncoder(4)::encode, new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom())
                .generate(db, new DemoSize(120, 600, 4, 7L), p -> { }, () -> false).key();
        services = AppServices.over(db, tax, clock);
        tasks = new ExecutorTaskRunner(2);
        session = new DeskSession(services, tasks, new FxDialogService(() -> stage), null, "desk.db", areas -> { });
        stage.setWidth(1400);
        stage.setHeight(900);
        session.showSignIn(stage);
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        services.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCreditManagerReleasesAHeldOrderWithAReason(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#userField").tryQuery().isPresent()); // the form is loaded off the FX thread
        robot.clickOn("#userField").write("carmen");
        robot.clickOn("#passwordField").write("wrong").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#signInMessage").queryAs(Label.class).getText().contains("not correct"));
        robot.clickOn("#passwordField").write("demo").type(KeyCode.ENTER);
        waitUntil(() -> session.areas() != null && !session.areas().holds().viewModel().rows().isEmpty());

        TableView<HeldOrderRow> queue = robot.lookup("#holdQueue").queryTableView();
        assertThat(session.shell().areas()).extracting(a -> a.id())
                .containsExactly(WorkAreas.ORDERS, WorkAreas.ORDER_ENTRY, WorkAreas.CREDIT_HOLDS, DashboardArea.ID, ClaimsAreas.ROOT_CAUSES,
                        CollectionsAreas.DUNNING_LEVELS, WorkAreas.AUDIT);
        int before = queue.getItems().size();
        robot.clickOn("#holdQueue").type(KeyCode.HOME);
        waitUntil(() -> queue.getSelectionModel().getSelectedItem() != null);
        HeldOrderRow picked = queue.getSelectionModel().getSelectedItem();
        waitUntil(() -> robot.lookup("#detailTitle").tryQuery().isPresent()
                && robot.lookup("#detailTitle").queryAs(Label.class).getText().startsWith(picked.orderNumber()));

        robot.type(KeyCode.ENTER).write("Customer paid the overdue invoices by wire today");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> services.credit().heldOrders(carmen()).rows().stream().noneMatch(r -> r.orderId() == picked.orderId())
                && queue.getItems().size() == before - 1);

        assertThat(queue.getItems()).extracting(HeldOrderRow::orderId).doesNotContain(picked.orderId());
        OrderStatus status = services.db().read(s -> s.find(SalesOrder.class, picked.orderId()).status());
        // released and, in the same transaction, routed: Allocated, or still Released when nothing is in stock
        assertThat(status).isIn(OrderStatus.ALLOCATED, OrderStatus.RELEASED);
        List<AuditEntry> audit = services.auditTrail().find(carmen(), new AuditQuery("carmen", null, null, picked.orderNumber(), 10));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.CREDIT_RELEASE);
            assertThat(e.reason()).isEqualTo("Customer paid the overdue invoices by wire today");
        });
        assertThat(services.auditTrail().find(carmen(), new AuditQuery("carmen", null, null, null, 10)))
                .extracting(AuditEntry::action).contains(AuditActions.SIGN_IN, AuditActions.SIGN_IN_FAILED);
        assertThat(services.auditTrail().verify(carmen(), p -> { }, () -> false).intact()).isTrue();
    }
}
