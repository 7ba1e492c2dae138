package com.orderdesk.gui.kpi;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The finance dashboard as its screen tests make it: a book whose one order has gone the whole way
 * (entered to paid), the controller on the fixture's runners, and the e-mailed order some tests add
 * to move the touchless share.
 */
final class DashboardScreens {
    private DashboardScreens() {
    }

    /** A test book in a new temp folder named {@code name}, with one order entered, shipped, invoiced and paid. */
    static OrderLife paidOrderBook(String name) throws Exception {
        OrderLife life = new OrderLife(TestBook.create(Files.createTempDirectory(name)));
        life.entered().released().overridden().shipped().invoiced().paid();
        return life;
    }

    /** The dashboard read by the book's credit manager, every drill-down openable, opened rows and PDF packs dropped. */
    static DashboardController controller(OrderLife life, ScreenFixture screen) {
        SignedInUser manager = life.manager;
        return controller(life, screen, () -> manager, kind -> true, row -> { }, (file, pack) -> { });
    }

    /** The dashboard read as {@code user}, with the given drill-down rule, opener and PDF writer. */
    static DashboardController controller(OrderLife life, ScreenFixture screen, Supplier<SignedInUser> user,
                                          Predicate<Drill.Kind> canOpen, Consumer<DashboardViewModel.DrillRow> open,
                                          DashboardPdf pdf) {
        return new DashboardController(
                new DashboardViewModel(life.services.kpi(), user, ForkJoinPool.commonPool(),
                        life.services.cashForecast()::forecast),
                screen.tasks, screen.dialogs, screen.status, canOpen, open, pdf);
    }

    /** Saves an order that came by e-mail on {@code po} (one towel roll, no person's touch), as the book's clerk. */
    static String emailOrder(OrderLife life, String po) {
        return life.services.orders().save(life.clerk, new OrderDraft(null, null, life.book.exemptId,
                life.book.exemptShipToId, OrderChannel.EMAIL, po, null, null,
                List.of(new OrderLineDraft(life.book.towelId, "TWL-ROLL-8", 1, null, BigDecimal.ZERO)))).number();
    }
}
