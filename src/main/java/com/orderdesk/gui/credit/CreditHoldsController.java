package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.AnyChoice;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.model.customer.RiskClass;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credit-hold review desk: the queue (oldest first) on the left, the selected order's reasons
 * and the customer's numbers on the right, the reason field and actions below. Every action runs
 * off the FX thread and takes the order out of the queue at once; the service re-checks the rules.
 */
public final class CreditHoldsController {
    private static final Logger LOG = LoggerFactory.getLogger(CreditHoldsController.class);
    private final CreditUseCases desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final CreditHoldsViewModel model;
    private final Formats formats = Formats.forDefaultLocale();
    private final Clock clock;
    private TableFilter<HeldOrderRow> filter;
    private HoldDetailPane detail;
    private HoldCustomerActions customer;
    /** The order the next {@link #act} decides on (null for a change to the customer). */
    private String acting;
    private HoldDetail shown;
    private Task<?> loadingDetail;
    /**
     * Only the detail of the order selected last is shown. Cancelling the read before is not enough: a read
     * that had just returned has its answer already on the way to the FX thread, cancelled or not.
     */
    private final LatestAnswer details = new LatestAnswer();
    /** Queue loads not back yet (the reason field stays open meanwhile). */
    private int queueLoads;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<CreditReason> reasonBox;
    @FXML private ComboBox<RiskClass> riskBox;
    @FXML private TextField minValueField;
    @FXML private TextField minAgeField;
    @FXML private TableView<HeldOrderRow> table;
    @FXML private Label countLabel;
    @FXML private Label totalLabel;
    @FXML private ScrollPane detailScroll;
    @FXML private TextArea reasonField;
    @FXML private Label decisionLabel;
    @FXML private Label limitLabel;
    @FXML private Label refusalLabel;
    @FXML private Button releaseButton;
    @FXML private Button rejectButton;
    @FXML private Button keepButton;
    @FXML private TextField limitField;
    @FXML private ComboBox<RiskClass> newRiskBox;
    @FXML private Button limitButton;
    @FXML private Button holdButton;
    @FXML private Button reviewButton;

    public CreditHoldsController(CreditUseCases desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                 CreditHoldsViewModel model, Clock clock) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.model = model;
        this.clock = clock;
    }

    public CreditHoldsViewModel viewModel() {
        return model;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        // the split pane's items are not its children until it is skinned: link these by hand
        decisionLabel.setLabelFor(reasonField);
        limitLabel.setLabelFor(limitField);
        detail = new HoldDetailPane(formats, clock.getZone());
        detailScroll.setContent(detail);
        AnyChoice.fill(reasonBox, CreditReason::label, Messages.get("holds.allReasons"), CreditReason.values());
        AnyChoice.fill(riskBox, RiskClass::label, Messages.get("holds.allRisks"), RiskClass.values());
        newRiskBox.getItems().addAll(RiskClass.values());
        newRiskBox.setConverter(Formats.display(r -> r.label(), ""));
        HoldColumns.install(table, model, formats);
        customer = new HoldCustomerActions(desk, model, tasks, status, formats, clock,
                new HoldCustomerActions.Fields(root, limitField, newRiskBox, reasonField), () -> shown, this::act, done -> refresh(done),
                table::requestFocus);
        filter = TableFilter.install(table, model.rows());
        TablePrefs.forUser().remember(table, "credit-holds");
        filter.filtered().addListener((ListChangeListener<HeldOrderRow>) c -> updateFooter());
        model.searchProperty().bind(searchField.textProperty());
        model.reasonProperty().bind(reasonBox.valueProperty());
        model.riskClassProperty().bind(riskBox.valueProperty());
        List.<javafx.beans.value.ObservableValue<?>>of(searchField.textProperty(), reasonBox.valueProperty(), riskBox.valueProperty(),
                minValueField.textProperty(), minAgeField.textProperty()).forEach(p -> p.addListener((o, a, b) -> applyFilter()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> select(row));
        HoldDeskKeys.install(root, searchField, reasonField, table, this::onRelease);
        // Enter in the limit changes it, as Alt+C does (a key handler, not onAction: Alt+L, the label's
        // mnemonic, fires an action at the field and would change the limit before one was typed)
        limitField.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                onChangeLimit();
            }
        });
        updateActions();
        updateFooter();
    }

    private void applyFilter() {
        model.minValueProperty().set(QueueFilterFields.money(minValueField, formats, status));
        model.minAgeDaysProperty().set(QueueFilterFields.days(minAgeField, status));
        filter.setCondition(model.condition());
    }

    private void updateFooter() {
        List<HeldOrderRow> visible = filter.filtered();
        countLabel.setText(HoldDeskText.shown(visible.size(), model.rows().size()));
        if (table.getPlaceholder() instanceof Label empty) {
            empty.setText(HoldDeskText.empty(model.rows().size()));
        }
        totalLabel.setText(HoldDeskText.held(formats.money(CreditHoldsViewModel.totalValue(visible))));
        status.setCounts(HoldDeskText.counts(model.rows().size(), formats.money(CreditHoldsViewModel.totalValue(model.rows()))));
    }

    /** Reloads the queue (oldest first) off the FX thread. */
    public void refresh() {
        refresh(null);
    }

    /** Reloads the queue; {@code done} (what the desk just did) stays in the status bar rather than the load time. */
    private void refresh(String done) {
        long started = System.nanoTime();
        queueLoads++;
        updateActions();
        tasks.run(UiTasks.of(() -> desk.heldOrders(model.currentUser()), listing -> {
            java.util.List<HeldOrderRow> list = listing.rows();
            LOG.info("Credit-hold queue loaded: {} orders in {} ms", list.size(), (System.nanoTime() - started) / 1_000_000);
            HeldOrderRow selected = table.getSelectionModel().getSelectedItem();
            applyFilter(); // condition first, so the 10,000 rows are filtered once, not twice
            model.rows().setAll(list);
            if (selected != null) {
                list.stream().filter(r -> r.orderId() == selected.orderId()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            if (!listing.damaged().isEmpty()) {
                status.showMessage(done == null ? listing.damageNote() : done + ". " + listing.damageNote());
            } else {
                status.showMessage(done != null ? done : HoldDeskText.LOADED);
            }
            loaded();
            if (done != null) { // a limit, a hold or a review done: the keyboard back in the queue, not in the search (newuser19)
                table.requestFocus();
            }
        }, e -> {
            loaded();
            status.showMessage(HoldDeskText.loadFailed(e.getMessage()));
        }));
    }

    private void loaded() {
        queueLoads--;
        updateActions();
    }

    /** Shows one held order in the queue (an order's timeline links here). */
    public void showOrder(String number) {
        searchField.setText(number);
        refresh();
    }

    public void focusQueue() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void select(HeldOrderRow row) {
        shown = null;
        customer.showTerms(null);
        updateActions();
        if (loadingDetail != null) {
            loadingDetail.cancel();
        }
        if (row == null) {
            details.forget();
            detail.clear();
            return;
        }
        // the order selected before is not left beside this one while its detail is read
        detail.loading(row.orderNumber());
        Task<HoldDetail> t = details.of(() -> desk.detail(model.currentUser(), row.orderId()), d -> {
            shown = d;
            detail.show(d);
            customer.showTerms(d);
            updateActions();
        }, e -> {
            detail.clear();
            status.showMessage(e.getMessage());
        });
        loadingDetail = t;
        tasks.run(t);
    }

    private void updateActions() {
        HeldOrderRow row = table.getSelectionModel().getSelectedItem();
        String refusal = row == null ? "" : model.releaseRefusal(row).orElse("");
        refusalLabel.setText(refusal);
        releaseButton.setDisable(row == null || !refusal.isEmpty());
        rejectButton.setDisable(row == null || !model.may(Permission.REJECT_HELD_ORDER));
        keepButton.setDisable(row == null || !model.may(Permission.RELEASE_CREDIT_HOLD));
        boolean mayLimit = shown != null && model.may(Permission.CHANGE_CREDIT_LIMIT);
        limitButton.setDisable(!mayLimit);
        limitField.setDisable(!mayLimit);
        newRiskBox.setDisable(!mayLimit);
        holdButton.setDisable(shown == null || !model.may(Permission.SET_MANUAL_HOLD));
        holdButton.setText(HoldDeskText.holdButton(shown != null && shown.customer().manualHold()));
        reviewButton.setVisible(ReviewDialog.applies(shown)); // only on a hold for an overdue review
        reviewButton.setManaged(reviewButton.isVisible());
        reviewButton.setDisable(!mayLimit);
        // open while the queue loads: Enter in the queue and the reason typed at once, before a slow load
        // is back, went nowhere (tour5); the load then selects the order the reason is for
        reasonField.setDisable(row == null && queueLoads == 0);
    }

    @FXML
    void onRelease() {
        HeldOrderRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || releaseButton.isDisabled()) {
            return;
        }
        if (refusedFor(HoldRefusals.Decision.RELEASE, row)) {
            return;
        }
        String reason = reasonField.getText();
        acting = row.orderNumber();
        act(() -> desk.release(model.currentUser(), row.orderId(), reason), number -> {
            removeFromQueue(row);
            status.showMessage(HoldDeskText.released(number));
        });
    }

    /** The order stays on hold, the reason in the trail; the queue moves on to the next order. */
    @FXML
    void onKeep() {
        HeldOrderRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || keepButton.isDisabled()) {
            return;
        }
        if (refusedFor(HoldRefusals.Decision.KEEP, row)) {
            return;
        }
        String reason = reasonField.getText();
        acting = row.orderNumber();
        act(() -> desk.keepOnHold(model.currentUser(), row.orderId(), reason), number -> {
            status.showMessage(HoldDeskText.kept(number, reason));
            table.getSelectionModel().selectNext();
            table.requestFocus();
        });
    }

    @FXML
    void onReject() {
        HeldOrderRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (refusedFor(HoldRefusals.Decision.REJECT, row)) {
            return;
        }
        if (!dialogs.confirm(Messages.get("holds.reject.title"), row.orderNumber(), Messages.get("holds.reject.warning"))) {
            return;
        }
        String reason = reasonField.getText();
        acting = row.orderNumber();
        act(() -> desk.reject(model.currentUser(), row.orderId(), reason), number -> {
            removeFromQueue(row);
            status.showMessage(HoldDeskText.rejected(number));
        });
    }

    /** Says in the status bar that the reason is missing, and puts the cursor there; false when one was typed. */
    private boolean refusedFor(HoldRefusals.Decision d, HeldOrderRow row) {
        var refusal = HoldRefusals.reasonMissing(d, row.orderNumber(), reasonField.getText());
        refusal.ifPresent(sentence -> {
            status.showMessage(sentence);
            // after the key the scene focuses the button once its action has run: move on after that
            javafx.application.Platform.runLater(reasonField::requestFocus);
        });
        return refusal.isPresent();
    }

    @FXML
    void onChangeLimit() {
        customer.changeLimit();
    }

    @FXML
    void onToggleHold() {
        customer.toggleHold();
    }

    /** Alt+O on a hold for an overdue review: the dialog records the customer's review off the FX thread. */
    @FXML
    void onRecordReview() {
        if (!reviewButton.isDisabled()) {
            customer.recordReview();
        }
    }

    private <T> void act(Callable<T> work, Consumer<T> done) {
        releaseButton.setDisable(true);
        rejectButton.setDisable(true);
        keepButton.setDisable(true);
        String order = acting;
        acting = null;
        tasks.run(UiTasks.of(work, value -> {
            reasonField.clear();
            done.accept(value);
            updateActions();
        }, e -> {
            updateActions();
            String said = HoldRefusals.failed(e, order);
            status.showMessage(said);
            if (!(e instanceof IllegalArgumentException) && !(e instanceof com.orderdesk.logic.security.NotAuthorizedException)) {
                refresh(said); // the sentence stays in the bar after the reload, not "queue loaded"
            }
            reasonField.requestFocus();
        }));
    }

    private void removeFromQueue(HeldOrderRow row) {
        HeldOrderRow next = model.removeAndNext(row.orderId(), List.copyOf(table.getItems()));
        if (next != null) {
            table.getSelectionModel().select(next);
            table.scrollTo(next);
        } else {
            table.getSelectionModel().clearSelection();
        }
        table.requestFocus();
    }
}
