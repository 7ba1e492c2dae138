package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

/**
 * The cash desk's list of the day's payments: the day, the status filter and the search over it,
 * the totals per status above it; read off the FX thread, keeping the selected payment selected.
 */
final class PaymentList {
    /** The list's controls from the FXML. */
    record Controls(DatePicker dayPicker, ComboBox<DeskStatus> statusBox, TextField searchField, TableView<DeskPayment> table,
                    FlowPane totalsBox) {
    }

    private final CashDeskServices desk;
    private final UiTaskRunner tasks;
    private final StatusBarModel status;
    private final Formats formats;
    private final Clock clock;
    private final Controls c;
    private final ObservableList<DeskPayment> payments = FXCollections.observableArrayList();
    private final TableFilter<DeskPayment> filter;
    /** The payment to select once the list is read again (one just posted, reversed or entered). */
    private Long wanted;
    /** After a post: the payments that followed the posted one, in the order to try (see {@link #moveOnFrom}). */
    private List<Long> nextToWork = List.of();
    /**
     * The day's list: the latest reading only. Days are read on the pool of threads, so stepping through the
     * days put an earlier day's payments (and its first payment's detail) under the day shown in the picker.
     */
    private final LatestAnswer listings = new LatestAnswer();
    private final Runnable noneShown;

    /**
     * @param chosen    told the id of each payment selected in the list
     * @param noneShown told when the search and status show no payment at all: no detail to show beside the list
     */
    PaymentList(CashDeskServices desk, UiTaskRunner tasks, StatusBarModel status, Formats formats, Controls controls,
                LongConsumer chosen, Runnable noneShown) {
        this.noneShown = noneShown;
        this.desk = desk;
        this.tasks = tasks;
        this.status = status;
        this.formats = formats;
        this.clock = desk.clock();
        this.c = controls;
        filter = TableFilter.install(c.table(), payments);
        TablePrefs.forUser().remember(c.table(), "cash-payments");
        DateEntry.attach(c.dayPicker(), formats);
        c.dayPicker().setValue(LocalDate.now(clock));
        c.dayPicker().valueProperty().addListener((o, a, b) -> refresh());
        c.statusBox().getItems().add(null);
        c.statusBox().getItems().addAll(DeskStatus.values());
        c.statusBox().setConverter(Formats.display(PaymentListModel::label, Messages.get("cash.allStatuses")));
        c.statusBox().valueProperty().addListener((o, a, b) -> filterChosen());
        c.searchField().textProperty().addListener((o, a, b) -> filterChosen());
        c.searchField().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                c.table().requestFocus();
                c.table().getSelectionModel().selectFirst();
            }
        });
        c.table().getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                chosen.accept(p.id());
            }
        });
    }

    /** Every payment of the day, whatever the filter shows. */
    ObservableList<DeskPayment> payments() {
        return payments;
    }

    LocalDate day() {
        return c.dayPicker().getValue();
    }

    /** Shows another day; the list is read again. */
    void showDay(LocalDate day) {
        c.dayPicker().setValue(day);
    }

    /** Selects payment {@code id} when the list is next read. */
    void keep(long id) {
        wanted = id;
    }

    /**
     * After payment {@code id} is posted: when the list is next read, the next payment still to work below it (else
     * above it) is selected; the posted one stays listed where it was. Tour of 7 December: the selection jumped to
     * the first row and the clerk lost his place.
     */
    void moveOnFrom(long id) {
        List<DeskPayment> shown = filter.sorted();
        int at = -1;
        for (int i = 0; i < shown.size(); i++) {
            at = shown.get(i).id() == id ? i : at;
        }
        List<Long> order = new java.util.ArrayList<>();
        for (int i = 1; at >= 0 && i < shown.size(); i++) {
            order.add(shown.get((at + i) % shown.size()).id()); // below it first, then from the top
        }
        nextToWork = order;
        wanted = id;
    }

    /** Reloads the day's list, keeping the selected payment selected. */
    void refresh() {
        DeskPayment selected = c.table().getSelectionModel().getSelectedItem();
        if (wanted == null && selected != null) {
            wanted = selected.id();
        }
        LocalDate day = day() == null ? LocalDate.now(clock) : day();
        // on a busy machine the read takes seconds: an empty list meanwhile must not say the day has no payments
        emptyListSays(Messages.get("cash.reading", formats.date(day)));
        tasks.run(listings.of(() -> desk.payments(day), listing -> {
            emptyListSays(Messages.get("cash.empty"));
            payments.setAll(listing.rows());
            if (!listing.damaged().isEmpty()) {
                status.showMessage(listing.damageNote());
            }
            applyFilter();
            Long id = wanted;
            List<Long> following = nextToWork;
            wanted = null;
            nextToWork = List.of();
            java.util.Optional<DeskPayment> next = following.stream().flatMap(n -> filter.sorted().stream()
                    .filter(p -> p.id() == n && !p.status().posted())).findFirst();
            if (next.isPresent()) {
                c.table().getSelectionModel().select(next.get());
                c.table().scrollTo(next.get());
            } else if (id != null) {
                filter.sorted().stream().filter(p -> p.id() == id).findFirst()
                        .ifPresent(p -> c.table().getSelectionModel().select(p));
            }
            if (c.table().getSelectionModel().isEmpty() && !filter.sorted().isEmpty()) {
                c.table().getSelectionModel().selectFirst();
            }
        }, e -> {
            emptyListSays(Messages.get("cash.unread"));
            status.showMessage("Payments could not be listed: " + e.getMessage());
        }));
    }

    /** What the list shows while it has no rows (the FXML's placeholder label). */
    private void emptyListSays(String text) {
        if (c.table().getPlaceholder() instanceof Label label) {
            label.setText(text);
        }
    }

    /**
     * The clerk changed the search or the status: the detail follows what the list shows. A search that hid the
     * selected payment left its detail beside the list, ready for Ctrl+S (seen by the lead, 7 December): the first
     * payment shown is selected instead, as a reload does; with none shown the detail is emptied.
     */
    private void filterChosen() {
        applyFilter();
        if (filter.sorted().isEmpty()) {
            noneShown.run();
        } else if (c.table().getSelectionModel().isEmpty()) {
            c.table().getSelectionModel().selectFirst();
        }
    }

    private void applyFilter() {
        filter.setCondition(PaymentListModel.filter(c.statusBox().getValue(), c.searchField().getText()));
        // a day with payments none of which the search shows is no day without payments (the tour's "EUR")
        emptyListSays(Messages.get(payments.isEmpty() ? "cash.empty" : "cash.noneMatch"));
        showTotals();
    }

    /**
     * The totals of the payments the list shows: with a search, the whole day's ("Auto: 31 · 53,717.19" above
     * nine rows, tour of 7 December) did not add up to what was in front of the clerk.
     */
    private void showTotals() {
        List<DeskPayment> shown = filter.sorted();
        c.totalsBox().getChildren().clear();
        if (shown.size() < payments.size()) {
            Label of = new Label(shown.isEmpty() ? Messages.get("cash.totals.noneShown", payments.size())
                    : Messages.get("cash.totals.shown", shown.size(), payments.size()));
            of.setId("total-shown");
            c.totalsBox().getChildren().add(of);
        }
        Map<DeskStatus, PaymentListModel.Total> totals = PaymentListModel.totals(shown);
        for (var t : totals.entrySet()) {
            Label l = new Label(PaymentListModel.totalLine(t.getKey(), t.getValue(), formats));
            l.setId("total-" + t.getKey().name());
            c.totalsBox().getChildren().add(l);
        }
        status.setCounts(String.format("%,d payments", payments.size()));
    }

    /** Shows one payment: its number in the search, its day in the picker (the list is read again). */
    void showPayment(String number, LocalDate received) {
        c.searchField().setText(number);
        c.dayPicker().setValue(received); // the area's refresh on showing, or the day's change, reloads the list
    }

    void focus() {
        c.table().requestFocus();
        if (c.table().getSelectionModel().isEmpty()) {
            c.table().getSelectionModel().selectFirst();
        }
    }
}
