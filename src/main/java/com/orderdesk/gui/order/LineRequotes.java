package com.orderdesk.gui.order;

import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.catalog.LineQuote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prices the order's lines again when the clerk changes its customer, off the FX thread. The lines
 * typed for the customer before kept that customer's contract prices on screen, while the save
 * priced them for the new one: the totals the clerk read out were not the order's. Only the quotes
 * asked for the customer chosen last are shown (a customer changed twice in a row).
 */
final class LineRequotes {
    private final OrderDeskServices services;
    private final OrderEntryViewModel vm;
    private final UiTaskRunner tasks;
    private final Consumer<String> problem;
    private final LatestAnswer answers = new LatestAnswer();

    LineRequotes(OrderDeskServices services, OrderEntryViewModel vm, UiTaskRunner tasks, Consumer<String> problem) {
        this.services = services;
        this.vm = vm;
        this.tasks = tasks;
        this.problem = problem;
    }

    /** The order's customer is now {@code customerId}: quotes its lines' products for it. */
    void customerChanged(Long customerId) {
        List<OrderLineRow> rows = List.copyOf(vm.lines());
        if (rows.isEmpty()) {
            answers.forget();
            return;
        }
        tasks.run(answers.of(() -> {
            Map<OrderLineRow, LineQuote> quotes = new LinkedHashMap<>();
            for (OrderLineRow row : rows) {
                quotes.put(row, services.quote(row.quote().productId(), customerId));
            }
            return quotes;
        }, vm::requote, e -> problem.accept("The lines could not be priced for the new customer (" + e.getMessage()
                + "); saving prices them for the order's customer.")));
    }
}
