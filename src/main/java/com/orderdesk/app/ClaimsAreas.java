package com.orderdesk.app;

import com.orderdesk.gui.claims.ClaimsDeskController;
import com.orderdesk.gui.claims.ClaimsDeskViewModel;
import com.orderdesk.gui.claims.ReturnsController;
import com.orderdesk.gui.claims.ReturnsViewModel;
import com.orderdesk.gui.claims.RootCausesController;
import com.orderdesk.gui.claims.RootCausesViewModel;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.DataLocation;
import com.orderdesk.reporting.ClaimReportInputs;
import com.orderdesk.reporting.DocumentRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The work areas of returns, disputes and deductions (issue 14): Returns, the Claims desk and Root
 * causes, wired to their use cases; kept apart so WorkAreas only adds them to its list.
 */
final class ClaimsAreas {
    static final String RETURNS = "returns";
    static final String CLAIMS = "claims";
    static final String ROOT_CAUSES = "root-causes";

    private ClaimsAreas() {
    }

    static List<WorkArea> build(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                Supplier<SignedInUser> user) {
        List<WorkArea> areas = new ArrayList<>();
        if (services.authorizer().can(user.get(), Permission.AUTHORIZE_RETURN)
                || services.authorizer().can(user.get(), Permission.RECEIVE_RETURN)) {
            AreaParts.Part<ReturnsController> returns = parts.part(() -> {
                ReturnsController made = new ReturnsController(new ReturnsViewModel(services.returns(), user), tasks, dialogs,
                        status, number -> printRma(services, user.get(), number, DataLocation.dataFolder().resolve("returns")));
                made.setMayReceive(services.authorizer().can(user.get(), Permission.RECEIVE_RETURN));
                return made;
            });
            areas.add(WorkArea.builder(RETURNS, Messages.get("returns.area"), Material2AL.ASSIGNMENT_RETURN)
                    .shortcut("Alt+I", Messages.get("returns.keys.invoice"))
                    .shortcut("Enter", Messages.get("returns.keys.lines"))
                    .shortcut("Ctrl+S", Messages.get("returns.keys.authorize"))
                    .shortcut("Alt+R", Messages.get("returns.keys.receive"))
                    .shortcut("Ctrl+P", Messages.get("returns.keys.print"))
                    .screen(returns, ReturnsController::refresh, ReturnsController::focusInvoice)
                    .build());
        }
        if (services.authorizer().can(user.get(), Permission.WORK_DEDUCTIONS)) {
            AreaParts.Part<ClaimsDeskController> desk = parts.part(() -> new ClaimsDeskController(new ClaimsDeskViewModel(services.claims(), user,
                    services.clock()), tasks, dialogs, status, services.clock().getZone(),
                    (number, target) -> printChargeback(services, user.get(), number, target)));
            // the keys of the actions in More (write off, undo, close, print, new claim) run with the menu closed
            areas.add(WorkArea.builder(CLAIMS, Messages.get("claims.area"), Material2AL.GAVEL)
                    .shortcut("Ctrl+F", Messages.get("claims.keys.search"))
                    .shortcut("Enter", Messages.get("claims.keys.enter"))
                    .shortcut("Alt+V / Alt+I / Alt+P / Alt+F", Messages.get("claims.keys.resolve"))
                    .shortcut("Alt+E", Messages.get("claims.keys.assign"))
                    .shortcut("Alt+D", Messages.get("claims.keys.undo"))
                    .shortcut("Alt+L", Messages.get("claims.keys.close"))
                    .shortcut("Alt+A", Messages.get("claims.keys.note"))
                    .shortcut("Ctrl+N / Alt+C", Messages.get("claims.keys.newClaim"))
                    .shortcut("Ctrl+P / Alt+B", Messages.get("claims.keys.print"))
                    .shortcut("F5", Messages.get("claims.keys.reload"))
                    .screen(desk, ClaimsDeskController::refresh, ClaimsDeskController::focusQueue)
                    .build());
        }
        if (services.authorizer().can(user.get(), Permission.WORK_DEDUCTIONS)
                || services.authorizer().can(user.get(), Permission.WRITE_OFF)) {
            AreaParts.Part<RootCausesController> causes = parts.part(() -> new RootCausesController(new RootCausesViewModel(services.claims(), user), tasks,
                    dialogs, status, services.clock()));
            areas.add(WorkArea.builder(ROOT_CAUSES, Messages.get("causes.area"), Material2AL.INSIGHTS)
                    .shortcut("Alt+F / Alt+T", Messages.get("causes.keys.period"))
                    .shortcut("Alt+B", Messages.get("causes.keys.by"))
                    .shortcut("Ctrl+E", Messages.get("causes.keys.export"))
                    .screen(causes, RootCausesController::refresh, RootCausesController::focusFirst)
                    .build());
        }
        return areas;
    }

    static Path printChargeback(AppServices services, SignedInUser user, String number, Path target) {
        DocumentRenderer renderer = services.renderer();
        var input = new ClaimReportInputs(services.invoicing().company()).chargeback(services.claims().chargeback(user, number));
        Path written = renderer.exportPdf(renderer.fill(input), target);
        return recorded(written, () -> services.claims().recordChargebackPrint(user, number, written));
    }

    /** The file and its audit entry exist together: a print whose record failed leaves no file. */
    private static Path recorded(Path written, Runnable record) {
        try {
            record.run();
            return written;
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // the record's failure is what the clerk must hear of
            }
            throw e;
        }
    }

    static Path printRma(AppServices services, SignedInUser user, String number, Path dir) {
        DocumentRenderer renderer = services.renderer();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var input = new ClaimReportInputs(services.invoicing().company()).rma(services.returns().document(user, number));
        Path written = renderer.exportPdf(renderer.fill(input), dir.resolve(DocumentRenderer.fileName(number)));
        return recorded(written, () -> services.returns().recordPrint(user, number, written));
    }
}
