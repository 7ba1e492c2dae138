package com.orderdesk.gui.order;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.order.EarlierOrderOnPo;

/**
 * The question before a second order on a PO the customer's earlier order already carries
 * (order entry's and the inbox review's Ctrl+S): "PO 4512 was already received as SO-000123 on
 * ... Save a second order on it?", Go back (nothing saved, the order stays typed) the default.
 */
final class SecondOrderQuestion {
    private SecondOrderQuestion() {
    }

    /** True when the clerk answered that it is a new order. */
    static boolean ask(DialogService dialogs, EarlierOrderOnPo earlier, Formats formats) {
        return dialogs.confirm(Messages.get("order.secondOnPo.action"), Messages.get("order.secondOnPo.document", earlier.poNumber()),
                question(earlier, formats));
    }

    static String question(EarlierOrderOnPo earlier, Formats formats) {
        return Messages.get("order.secondOnPo.question", earlier.poNumber(), earlier.orderNumber(), formats.date(earlier.orderDate()),
                formats.money(earlier.total()));
    }

    /** The status bar's line after Go back. */
    static String notSaved(EarlierOrderOnPo earlier) {
        return Messages.get("order.secondOnPo.notSaved", earlier.poNumber(), earlier.orderNumber());
    }
}
