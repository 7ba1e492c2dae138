package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.kpi.DashboardController;
import com.orderdesk.gui.kpi.DashboardViewModel;
import com.orderdesk.gui.kpi.Drill;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.order.TimelineLink;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.reporting.KpiPackReport;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The finance dashboard (issue 16) for those who see receivables: credit managers, AR staff and
 * administrators. A listed document opens in the screen that holds it, through the same links an
 * order's timeline follows; kept apart so WorkAreas only adds it to its list.
 */
final class DashboardArea {
    static final String ID = "dashboard";

    private DashboardArea() {
    }

    static List<WorkArea> build(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                Supplier<SignedInUser> user, Predicate<TimelineLink.Screen> mayOpen, Consumer<TimelineLink> follow) {
        if (!services.authorizer().can(user.get(), Permission.VIEW_RECEIVABLES)) {
            return List.of();
        }
        AreaParts.Part<DashboardController> dashboard = parts.part(() -> {
            KpiPackReport pack = new KpiPackReport(services.reports());
            return new DashboardController(
                    new DashboardViewModel(services.kpi(), user, ForkJoinPool.commonPool(),
                            services.cashForecast()::forecast), tasks, dialogs, status,
                    kind -> mayOpen.test(screen(kind)),
                    row -> follow.accept(new TimelineLink(screen(row.kind()), row.number(), null, row.date())),
                    pack::write);
        });
        return List.of(WorkArea.builder(ID, "Dashboard", Material2AL.DASHBOARD)
                .shortcut("Alt+P", "Period: last 30, 90 or 365 days, or chosen dates (Alt+F / Alt+T)")
                .shortcut("Tab / Space", "Through the figures; Space lists the documents behind one")
                .shortcut("Enter", "In the documents: open the selected one in its screen")
                .shortcut("F5", "Read the book again (the figures otherwise keep the book as first read)")
                .shortcut("Ctrl+E / Ctrl+P", "Export the period's figures as CSV / as a PDF pack with the charts")
                .view(() -> {
                    // the book's read runs while the screen's FXML and charts load (the first opening's cost)
                    dashboard.get().startReading();
                    return Views.load(dashboard.get());
                })
                .onShown(() -> {
                    dashboard.get().refresh();
                    dashboard.get().focusFirst();
                })
                .build());
    }

    private static TimelineLink.Screen screen(Drill.Kind kind) {
        return switch (kind) {
            case ORDER -> TimelineLink.Screen.ORDER;
            case INVOICE -> TimelineLink.Screen.INVOICES;
            case PAYMENT -> TimelineLink.Screen.CASH;
        };
    }
}
