package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.inbox.DropFolderWatch;
import com.orderdesk.gui.inbox.InboxController;
import com.orderdesk.gui.inbox.InboxDeskServices;
import com.orderdesk.gui.inbox.WindowDrop;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The order inbox work area (issue 12), for order clerks (who import and decide) and
 * administrators (who see it): built apart so WorkAreas only adds it; it also starts the drop
 * folder's watch for a user who may enter orders.
 */
final class InboxArea {
    static final String ID = "inbox";
    /** Seconds between two looks at the drop folder. */
    private static final long SWEEP_SECONDS = 5;
    /** The watch of the user signed in now: a new sign-in stops the previous one (it read as that user). */
    private static DropFolderWatch running;

    private InboxArea() {
    }

    /** The inbox area (for those who have it) and what files dropped anywhere on the window do for this user. */
    record Built(Optional<WorkArea> area, WindowDrop drop) {
    }

    static Built build(AreaParts parts, AppServices services, OrderDeskServices orders, UiTaskRunner tasks, DialogService dialogs,
                       StatusBarModel status, Supplier<SignedInUser> user) {
        boolean enter = services.authorizer().can(user.get(), Permission.ENTER_ORDER);
        InboxDeskServices desk = new InboxDeskServices(services.inbox(), orders, user);
        if (!enter && !services.authorizer().can(user.get(), Permission.ADMIN_SETTINGS)) {
            return new Built(Optional.empty(), WindowDrop.refusing(dialogs, status, user.get().rolesLabel()));
        }
        // the screen is made at its first visit; files dropped or swept before then show when it opens
        AreaParts.Part<InboxController> inbox = parts.part(() -> {
            InboxController made = new InboxController(desk, tasks, dialogs, status, services.clock().getZone());
            made.setPermissions(enter);
            made.setMaySetFolders(services.authorizer().can(user.get(), Permission.ADMIN_SETTINGS));
            return made;
        });
        AtomicBoolean shown = new AtomicBoolean();
        Runnable refreshShown = () -> {
            if (shown.get()) {
                inbox.get().refresh();
            }
        };
        WindowDrop drop = enter ? WindowDrop.taking(desk, tasks, dialogs, status, refreshShown)
                : WindowDrop.refusing(dialogs, status, user.get().rolesLabel());
        if (enter) {
            DropFolderWatch watch = new DropFolderWatch(desk,
                    s -> Platform.runLater(() -> {
                        status.showMessage("Drop folder: " + s.sentence());
                        refreshShown.run();
                    }),
                    problem -> Platform.runLater(() -> status.showMessage(problem)));
            synchronized (InboxArea.class) {
                if (running != null) {
                    running.close();
                }
                running = watch;
            }
            watch.start(SWEEP_SECONDS);
        }
        return new Built(Optional.of(WorkArea.builder(ID, "Order inbox", Material2AL.INBOX)
                .shortcut("Ctrl+I", "Import messages (e-mail .eml, EDI 850, order CSV; several at once)")
                .shortcut("Drag and drop", "Drop message files anywhere on the window to take them into the inbox")
                .shortcut("Enter", "In the list: open the message (a draft to review opens beside it)")
                .shortcut("Ctrl+S", "In the review: save the fixed order")
                .shortcut("Alt+N", "Mark the selected message not an order (asks why)")
                .shortcut("Alt+M", "A rejected message: open or close the reader's details (More details)")
                .shortcut("Alt+X", "Administrators: the drop folder and the outbox (Inbox folders...)")
                .view(() -> Views.load(inbox.get()))
                .onShown(() -> {
                    shown.set(true);
                    inbox.get().refresh();
                    inbox.get().focusList();
                })
                .build()), drop);
    }
}
