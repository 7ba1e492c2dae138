package com.orderdesk.gui.order;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.fulfillment.ServiceLabels;
import com.orderdesk.logic.fulfillment.routing.DeliveryQuote;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.Shipment;
import com.orderdesk.logic.order.OrderDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Order entry's delivery panel: while the clerk types, the earliest date the order can arrive and
 * each way to meet the requested delivery date with its cost (router quote, computed off the FX
 * thread a moment after the last change). The first way is the cheapest and the default; picking
 * another (a faster one) keeps it with the order as its delivery choice, which routing meets.
 */
final class DeliveryQuotePanel {
    private final OrderDeskServices services;
    private final OrderEntryViewModel vm;
    private final UiTaskRunner tasks;
    private final Formats formats;
    private final Label summary;
    private final VBox options;
    private final ToggleGroup group = new ToggleGroup();
    private final PauseTransition pause = new PauseTransition(Duration.millis(350));
    /** Only the latest request's answer is shown (an older one may come back later). */
    private long requestNo;
    private boolean showing;
    /**
     * True while the order's delivery choice is the default this panel recorded (the cheapest way),
     * not one the clerk picked: a new quote then moves it to the new cheapest way.
     */
    private boolean defaultRecorded;

    DeliveryQuotePanel(OrderDeskServices services, OrderEntryViewModel vm, UiTaskRunner tasks, Formats formats,
                       Label summary, VBox options) {
        this.services = services;
        this.vm = vm;
        this.tasks = tasks;
        this.formats = formats;
        this.summary = summary;
        this.options = options;
        pause.setOnFinished(e -> requestQuote());
        // once saved, the recorded default is the stored order's choice: a quote landing after the save
        // (one asked for while saving) must not replace it and leave the saved order looking changed
        vm.orderNumberProperty().addListener((o, a, b) -> {
            defaultRecorded = false;
            if (vm.readOnlyProperty().get()) {
                clear(readOnlyText()); // another order opened by one who may only view orders
            }
        });
        vm.requestedDateProperty().addListener((o, a, b) -> changed());
        vm.shipToProperty().addListener((o, a, b) -> changed());
        vm.lines().addListener((ListChangeListener<OrderLineRow>) c -> changed());
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (!showing && t != null) {
                Option picked = (Option) t.getUserData();
                vm.deliveryChoiceProperty().set(picked.choice());
                defaultRecorded = picked.cheapest();
            }
        });
        // a stored order loaded, or a new one started: its choice is its own, not this panel's default
        vm.deliveryChoiceProperty().addListener((o, a, b) -> {
            if (!showing) {
                defaultRecorded = false;
            }
        });
        // the application gives a screen its user's permissions before it builds the view: one who may
        // only view orders starts read-only, with no order open and nothing to add lines to
        clear(vm.readOnlyProperty().get() ? readOnlyText() : "Add lines and a ship-to to see when the order can arrive.");
        // a stored order seen read-only (shipped, or by someone who may not enter orders): its dates
        // are on its shipments in the timeline, and a quote would only say who may not ask for one
        vm.readOnlyProperty().addListener((o, was, readOnly) -> {
            if (readOnly) {
                requestNo++;
                clear(readOnlyText());
            }
        });
    }

    private static final String READ_ONLY = "Delivery dates of this order are on its shipments (see the timeline).";

    private String readOnlyText() {
        return vm.orderNumberProperty().get() == null ? "An order's delivery dates show here once it is open." : READ_ONLY;
    }

    /**
     * One way to deliver; {@code cheapest} marks the default (the cheapest way to meet the requested
     * date), recorded with the order like a picked one when the clerk keeps it (issue 17).
     */
    record Option(String text, OrderDraft.DeliveryChoice choice, boolean cheapest) {
        Option(String text, OrderDraft.DeliveryChoice choice) {
            this(text, choice, false);
        }
    }

    private void changed() {
        if (services.quoting() != null && !vm.readOnlyProperty().get()) {
            pause.playFromStart();
        }
    }

    private void clear(String text) {
        summary.setText(text);
        options.getChildren().clear();
        options.setDisable(false);
    }

    private void requestQuote() {
        ShipToView shipTo = vm.shipToProperty().get();
        Map<Long, Integer> quantities = vm.quantitiesByProduct();
        long no = ++requestNo;
        if (shipTo == null || quantities.isEmpty()) {
            clear("Add lines and a ship-to to see when the order can arrive.");
            return;
        }
        LocalDate requested = vm.requestedDateProperty().get();
        Long orderId = vm.orderId();
        summary.setText("Working out delivery dates\u2026");
        options.setDisable(true);   // the ways shown are for the order as it was: not to be picked now
        tasks.run(UiTasks.of(() -> services.quoteDelivery(orderId, shipTo.id(), quantities, requested),
                quote -> {
                    if (no == requestNo) {
                        if (vm.readOnlyProperty().get()) {
                            clear(readOnlyText());
                        } else {
                            show(quote, requested);
                        }
                    }
                },
                e -> {
                    if (no == requestNo) {
                        clear(vm.readOnlyProperty().get() ? READ_ONLY : "No delivery date: " + e.getMessage());
                    }
                }));
    }

    private void show(Optional<DeliveryQuote> answer, LocalDate requested) {
        if (answer.isEmpty()) {
            clear("No carrier services are set up, so no delivery date is promised (routing settings).");
            return;
        }
        DeliveryQuote q = answer.get();
        if (q.earliestArrival() == null || q.fastest() == null || q.fastest().shipments().isEmpty()) {
            clear("Nothing on this order is in stock at any node: it would be backordered.");
            return;
        }
        String earliest = "Earliest arrival " + formats.date(q.earliestArrival()) + " (" + describe(q.fastest()) + ", "
                + money(q.fastest()) + partial(q.fastest()) + ")";
        List<Option> list = new ArrayList<>();
        boolean meets = requested != null && !q.waysToMeet().isEmpty() && q.waysToMeet().get(0).backorderedUnits()
                <= q.fastest().backorderedUnits();
        if (requested == null) {
            summary.setText(earliest + ". No requested date: the cheapest way is used unless you pick the fastest.");
        } else if (meets) {
            summary.setText(earliest + ". Requested " + formats.date(requested) + ": "
                    + q.waysToMeet().size() + (q.waysToMeet().size() == 1 ? " way" : " ways") + " to meet it.");
        } else {
            summary.setText(earliest + ". Requested " + formats.date(requested) + " cannot be met in full: tell the caller "
                    + formats.date(q.earliestArrival()) + ".");
        }
        for (int i = 0; i < q.waysToMeet().size(); i++) {
            OrderPlan way = q.waysToMeet().get(i);
            String text = (i == 0 ? "Cheapest: " : "Or: ") + line(way);
            list.add(new Option(text, new OrderDraft.DeliveryChoice(way.promisedDate(), describe(way), cost(way)), i == 0));
        }
        LocalDate soonestWay = q.waysToMeet().stream().map(OrderPlan::promisedDate).filter(d -> d != null)
                .min(LocalDate::compareTo).orElse(null);
        if (soonestWay == null || q.earliestArrival().isBefore(soonestWay)) {
            list.add(new Option("Fastest: " + line(q.fastest()),
                    new OrderDraft.DeliveryChoice(q.earliestArrival(), describe(q.fastest()), cost(q.fastest()))));
        }
        // the default recorded for an earlier quote follows the cheapest way of this one
        OrderDraft.DeliveryChoice kept = defaultRecorded ? null : vm.deliveryChoiceProperty().get();
        if (kept != null && list.stream().noneMatch(o -> kept.sameWay(o.choice()))) {
            list.add(new Option("Kept: " + kept.description() + ", arrives by " + formats.date(kept.deliverBy()), kept));
        }
        showOptions(list, kept);
    }

    private void showOptions(List<Option> list, OrderDraft.DeliveryChoice kept) {
        showing = true;
        options.setDisable(false);
        try {
            options.getChildren().clear();
            for (Option o : list) {
                RadioButton b = new RadioButton(o.text());
                b.setToggleGroup(group);
                b.setUserData(o);
                b.setMnemonicParsing(false);
                b.getStyleClass().add("delivery-option");
                // wraps where the room is narrow (the inbox's review pane at 1024 x 768): on one line it
                // pushed the totals beside it down to "..." (tour of 7 December)
                b.setWrapText(true);
                options.getChildren().add(b);
                if (kept == null ? o.cheapest() : kept.sameWay(o.choice())) {
                    b.setSelected(true);
                }
            }
            // a new order keeping the default records the cheapest way as its choice, as a picked way is
            // (a stored order saved before keeps what it has until the clerk picks)
            if (kept == null && (vm.orderId() == null || defaultRecorded)) {
                OrderDraft.DeliveryChoice cheapest = list.stream().filter(Option::cheapest).map(Option::choice).findFirst()
                        .orElse(null);
                vm.deliveryChoiceProperty().set(cheapest);
                defaultRecorded = cheapest != null;
            }
        } finally {
            showing = false;
        }
    }

    private String line(OrderPlan plan) {
        return describe(plan) + ", arrives " + formats.date(plan.promisedDate()) + ", " + money(plan) + partial(plan);
    }

    private String money(OrderPlan plan) {
        return formats.money(cost(plan));
    }

    private static BigDecimal cost(OrderPlan plan) {
        return BigDecimal.valueOf(plan.cost()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String partial(OrderPlan plan) {
        return plan.backorderedUnits() == 0 ? "" : ", " + plan.backorderedUnits() + " units backordered";
    }

    /** "Overnight from DC-ATL + Ground from ST-CHI, ST-DAL": each service with the nodes that use it. */
    static String describe(OrderPlan plan) {
        Map<String, List<String>> byService = new LinkedHashMap<>();
        for (Shipment s : plan.shipments()) {
            String service = s.service() == null ? "Ground" : ServiceLabels.label(s.service());
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(s.node());
        }
        List<String> parts = new ArrayList<>();
        byService.forEach((service, nodes) -> parts.add(service + " from " + String.join(", ", nodes)));
        return parts.isEmpty() ? "nothing ships" : String.join(" + ", parts);
    }
}
