package com.orderdesk.gui.order;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import java.util.function.LongConsumer;

/** Cancelling the order on screen: asked once, naming the order, with the reason the audit trail keeps. */
final class CancelOrder {
    private CancelOrder() {
    }

    static void ask(DialogService dialogs, UiTaskRunner tasks, StatusBarModel status, OrderDeskServices services, long orderId,
                    String number, LongConsumer reopen) {
        dialogs.askReason("Cancel order", "order " + number, "Its reserved stock is given back and it can no longer be"
                + " changed or shipped. The reason is kept in the audit trail.").ifPresent(reason ->
                tasks.run(UiTasks.of(() -> services.cancel(orderId, reason), n -> {
                    reopen.accept(orderId);
                    status.showMessage("Order " + n + " cancelled: " + reason);
                }, e -> dialogs.error("Order " + number + " was not cancelled: " + e.getMessage(), "Nothing was changed.",
                        "Return the goods instead if they have shipped; otherwise try again."))));
    }
}
