package com.orderdesk.gui.audit;

import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.EnterKey;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditProblem;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.application.audit.AuditUseCases;
import com.orderdesk.logic.security.SignedInUser;
import java.util.function.Supplier;
import com.orderdesk.logic.audit.AuditVerification;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The audit trail, read-only: filter by user, days and document; each search also verifies the
 * whole hash chain in a background task (with progress and cancel) and flags tampered entries.
 */
public final class AuditViewerController {
    private static final String WHAT_HAPPENED = "What happened";
    private final AuditUseCases trail;
    private final Supplier<SignedInUser> user;
    private final UiTaskRunner tasks;
    private final StatusBarModel status;
    private final ZoneId zone;
    private final Formats formats = Formats.forDefaultLocale();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    /**
     * Each shown entry's time and sentence, made by the search's background task: made in the cell,
     * each paint parsed the entry's stored values again on the FX thread (AuditSentence.of,
     * AuditValues.parse sampled in the trail's first fill, pulse log sweep of 6 December).
     */
    private AuditLines lines = AuditLines.none();
    /**
     * Searches run on a pool of threads: a search typed on at once (an order's number, then a user's) could
     * have the earlier one's entries come back last and show under the later one's filter.
     */
    private final LatestAnswer searches = new LatestAnswer();
    private AuditVerification verification;
    private Task<AuditVerification> verifying;

    @FXML private TextField userField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField documentField;
    @FXML private Label banner;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private TableView<AuditEntry> table;
    @FXML private Label countLabel;
    @FXML private Label entryDetail;

    public AuditViewerController(AuditUseCases trail, Supplier<SignedInUser> user, UiTaskRunner tasks, StatusBarModel status,
                                 ZoneId zone) {
        this.user = user;
        this.trail = trail;
        this.tasks = tasks;
        this.status = status;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(userField.getParent().getParent());
        EnterKey.runs(this::onSearchAndVerify, userField, documentField);
        // F5 reads the trail again, as on every other list: it did nothing here, and entries another desk
        // wrote stayed out of view (fin14, 7 December)
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::reloadKey);
        userField.getParent().getParent().addEventFilter(KeyEvent.KEY_PRESSED, this::reloadKey);
        com.orderdesk.gui.common.InputLimits.limit(userField, com.orderdesk.logic.store.SearchText.MAX_LENGTH);
        com.orderdesk.gui.common.InputLimits.limit(documentField, com.orderdesk.logic.store.SearchText.MAX_LENGTH);
        DateEntry.attach(fromPicker, formats);
        DateEntry.attach(toPicker, formats);
        table.getColumns().setAll(List.of(
                column("#", e -> String.format("%,d", e.sequence()), 60),
                column("When", e -> lines.when(e), 196),
                column("User", AuditEntry::user, 80),
                column("Document", e -> e.documentId() == null ? "" : e.documentId(), 110),
                // sentences, not the stored key=value text (the stored values stay sealed as they are)
                column(WHAT_HAPPENED, e -> lines.sentence(e), 420),
                column("Reason", e -> e.reason() == null ? "" : e.reason(), 180),
                column("Chain", this::problemText, 150)));
        // at 1366 px the time was cut ("Dec 4, 2026, 10:...") and the chain's column lay beyond the
        // edge: every column keeps its width, what happened takes the room left, and the selected
        // entry reads whole below the table
        table.getColumns().forEach(c -> {
            boolean flexible = WHAT_HAPPENED.equals(c.getText());
            c.setMinWidth(flexible ? 200 : c.getPrefWidth());
            if (!flexible) {
                c.setMaxWidth(c.getPrefWidth());
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // an auditor reads each sentence: at 1024 x 768 what happened has some 250 px and read "Customer C-10023
        // collector as..." on every row (look of 8 December); it wraps in its cell (at 1366 most fit on one line)
        whatHappened().setCellFactory(c -> new com.orderdesk.gui.common.ColumnFit.Wrapping<>());
        // the chain's column only while the last verification found something to say there: empty on an
        // intact trail, its 150 px cut what happened short ("Collector changed f..." on the demo book)
        chainColumn().setVisible(false);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> entryDetail.setText(detail(e)));
        table.setItems(rows);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEntry e, boolean empty) {
                super.updateItem(e, empty);
                boolean bad = !empty && e != null && verification != null && !verification.problemsFor(e.sequence()).isEmpty();
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("tampered"), bad);
                setStyle(bad ? "-fx-background-color: -color-danger-subtle;" : "");
            }
        });
        progress.setVisible(false);
        cancelButton.setVisible(false);
    }

    private void reloadKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            e.consume();
            refresh();
        }
    }

    /**
     * The Search button and Enter: the entries, and the chain checked again, so the banner's count is of
     * the trail as it stands now (it said "673 entries checked" beside 817 shown after other desks wrote).
     */
    @FXML
    void onSearchAndVerify() {
        refresh();
    }

    @FXML
    void onSearch() {
        AuditQuery q;
        try {
            // the dates read, or the field's sentence (InputException): not the date a picker kept under unread text
            q = new AuditQuery(userField.getText(), DateEntry.entered(fromPicker).date(), DateEntry.entered(toPicker).date(),
                    documentField.getText(),
                    AuditQuery.DEFAULT_LIMIT);
        } catch (IllegalArgumentException e) {
            status.showMessage(e.getMessage());
            return;
        }
        tasks.run(searches.of(() -> AuditLines.of(trail.find(user.get(), q), e -> formats.dateTime(e.timestamp(), zone)), found -> {
            List<AuditEntry> list = found.entries();
            lines = found;
            rows.setAll(list);
            countLabel.setText(String.format(list.size() == 1 ? "%,d entry shown%s" : "%,d entries shown%s", list.size(),
                    list.size() == q.limit() ? " (newest " + q.limit() + ")" : ""));
        }, e -> status.showMessage("The audit trail could not be read: " + e.getMessage())));
    }

    /** Searches with the current filter and verifies the chain in the background. */
    public void refresh() {
        onSearch();
        verify();
    }

    @FXML
    void onVerify() {
        onSearch(); // show the rows as stored now, next to what the chain says about them
        verify();
    }

    private void verify() {
        if (verifying != null && verifying.isRunning()) {
            return;
        }
        Task<AuditVerification> t = new Task<>() {
            @Override
            protected AuditVerification call() {
                updateMessage("Verifying the audit trail…");
                return trail.verify(user.get(), p -> updateProgress(p, 1), this::isCancelled);
            }
        };
        verifying = t;
        progress.progressProperty().bind(t.progressProperty());
        progress.setVisible(true);
        cancelButton.setVisible(true);
        banner.setText("Verifying the audit trail…");
        banner.getStyleClass().removeAll("danger", "success");
        t.setOnSucceeded(e -> {
            done();
            verification = t.getValue();
            banner.setText(verification.summary());
            banner.getStyleClass().add(verification.intact() ? "success" : "danger");
            chainColumn().setVisible(!verification.intact());
            table.refresh();
        });
        t.setOnFailed(e -> {
            done();
            Throwable x = t.getException();
            banner.setText(x instanceof CancellationException ? "Verification cancelled." :
                    "The audit trail could not be verified: " + x.getMessage());
        });
        t.setOnCancelled(e -> {
            done();
            banner.setText("Verification cancelled.");
        });
        tasks.run(t);
    }

    @FXML
    void onCancel() {
        if (verifying != null) {
            verifying.cancel();
        }
    }

    private void done() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancelButton.setVisible(false);
    }

    /** The entries about one document (an order's timeline links here). */
    public void showDocument(String number) {
        userField.clear();
        fromPicker.setValue(null);
        toPicker.setValue(null);
        documentField.setText(number);
        onSearch();
    }

    public void focusFilter() {
        userField.requestFocus();
    }

    /** The latest verification (tests). */
    public AuditVerification verification() {
        return verification;
    }

    /** The selected entry whole, as the row shows it in parts (long sentences are cut there). */
    private String detail(AuditEntry e) {
        if (e == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.format("Entry %,d", e.sequence()))
                .append("  ·  ").append(lines.when(e)).append("  ·  ").append(e.user());
        if (e.documentId() != null) {
            b.append("  ·  ").append(e.documentId());
        }
        b.append('\n').append(lines.sentence(e));
        if (e.reason() != null && !e.reason().isBlank()) {
            b.append("\nReason: ").append(e.reason());
        }
        String chain = problemText(e);
        if (!chain.isEmpty()) {
            b.append("\nChain: ").append(chain);
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private TableColumn<AuditEntry, String> whatHappened() {
        return (TableColumn<AuditEntry, String>) table.getColumns().stream().filter(c -> WHAT_HAPPENED.equals(c.getText()))
                .findFirst().orElseThrow();
    }

    private TableColumn<AuditEntry, ?> chainColumn() {
        return table.getColumns().get(table.getColumns().size() - 1);
    }

    private String problemText(AuditEntry e) {
        if (verification == null) {
            return "";
        }
        return verification.problemsFor(e.sequence()).stream().map(AuditProblem::message).collect(Collectors.joining(" "));
    }

    private static TableColumn<AuditEntry, String> column(String title, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> c = TextColumn.of(title, value, width);
        c.setSortable(false);
        return c;
    }
}
