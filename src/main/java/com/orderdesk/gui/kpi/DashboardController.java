package com.orderdesk.gui.kpi;

import com.orderdesk.gui.common.BatchTask;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.DateColumn;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.StackingSplit;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's widgets: the period, the tiles, the charts, the drill-down list. Everything that
 * reads the book or computes runs through the task runner; the FX thread only lays out numbers.
 */
public final class DashboardController {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardController.class);
    private static final KeyCombination EXPORT_CSV = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT_PDF = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /**
     * The split's width under which the documents go under the figures: beside each other the two asked some
     * 1,100 px (four tiles of 190 px to a row, and the list's 280) of the 884 a 1024 x 768 window leaves, and the
     * screen ran past the window's edge, Export CSV and the list cut off (fin14's screenshot, 7 December).
     */
    /** A tile's tooltip wraps at this width: its sentence of what the figure is runs to some 200 characters. */
    private static final double TIP_WIDTH = 420;
    private static final double FIGURES_BESIDE_FROM = 1100;
    /** The figures' share beside the list (as the FXML has it) and above it. */
    private static final double FIGURES_BESIDE = 0.66;
    private static final double FIGURES_ABOVE = 0.7;

    private final DashboardViewModel model;
    /** When the person opened the screen (its read starts then); 0 once the figures are shown. */
    private long openedAt;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Predicate<Drill.Kind> canOpen;
    private final Consumer<DashboardViewModel.DrillRow> open;
    private final DashboardPdf pdf;
    private final Formats formats = Formats.forDefaultLocale();
    private final HeadlineText text = new HeadlineText(java.util.Locale.getDefault());
    private DashboardViewModel.Loaded shown;
    /** The figures being read or computed (the latest asked for), or null. */
    private BatchTask<Optional<DashboardViewModel.Loaded>> loading;
    private ChartGrid chartGrid;

    @FXML private BorderPane root;
    @FXML private ComboBox<DashboardViewModel.Range> rangeBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label periodLabel;
    @FXML private FlowPane tiles;
    @FXML private GridPane charts;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Label drillTitle;
    @FXML private TableView<DashboardViewModel.DrillRow> drillTable;
    @FXML private Label drillCount;
    @FXML private Button openButton;
    @FXML private Label footLabel;
    @FXML private TaskProgressBar progress;

    /**
     * @param canOpen whether this user has the screen that holds a kind of document
     * @param open    opens a listed document in its screen
     * @param pdf     writes the PDF pack (the reporting adapter)
     */
    public DashboardController(DashboardViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                               Predicate<Drill.Kind> canOpen, Consumer<DashboardViewModel.DrillRow> open, DashboardPdf pdf) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.canOpen = canOpen;
        this.open = open;
        this.pdf = pdf;
    }

    @FXML
    private void initialize() {
        // the FXML's labelFor="$field" names a control declared after the label, which FXML leaves unset:
        // without this link Alt+letter on the labels was dead
        Mnemonics.linkLabels(root);
        chartGrid = new ChartGrid(charts);
        StackingSplit.stackBelow(split, FIGURES_BESIDE_FROM, FIGURES_BESIDE, FIGURES_ABOVE);
        rangeBox.getItems().setAll(DashboardViewModel.Range.values());
        rangeBox.setConverter(Formats.display(DashboardViewModel.Range::label, ""));
        rangeBox.setValue(DashboardViewModel.Range.LAST_90);
        DateEntry.attach(fromPicker, formats);
        DateEntry.attach(toPicker, formats);
        syncDates();
        rangeBox.valueProperty().addListener((o, a, b) -> {
            syncDates();
            if (b != DashboardViewModel.Range.CHOSEN) {
                onShow();
            }
        });
        // At 1366 px the list has about 420 px: the number, date and amount keep their width and read
        // whole; the detail, then the customer's number, takes the rest (its tooltip has it all).
        drillTable.getColumns().add(fixed(TextColumn.of("Document", r -> r.number(), 100)));
        // the medium date ("Sep 30, 2026") as every other list shows it, sorted as a date
        drillTable.getColumns().add(fixed(DateColumn.of("Date", DashboardViewModel.DrillRow::date, formats, 110)));
        drillTable.getColumns().add(fixed(MoneyColumn.of("Amount", r -> r.amount() == null ? null : Money.of(r.amount()), formats, 92)));
        TableColumn<DashboardViewModel.DrillRow, String> detail = TextColumn.of("Detail",
                r -> r.customer().isEmpty() ? r.detail() : r.detail() + " · " + r.customer(), 260);
        // 84: the medium date ("May 30, 2026") needs 110 px where the short one had 102; the detail gives way, whole in its tooltip
        detail.setMinWidth(84);
        detail.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        drillTable.getColumns().add(detail);
        drillTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        drillTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpen();
                e.consume();
            }
        });
        drillTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (EXPORT_CSV.match(e)) {
                onExportCsv();
                e.consume();
            } else if (EXPORT_PDF.match(e)) {
                onExportPdf();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                onReload();
                e.consume();
            }
        });
    }

    /** A column never narrower than it was made: its values must read whole. */
    private static <T> TableColumn<DashboardViewModel.DrillRow, T> fixed(TableColumn<DashboardViewModel.DrillRow, T> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    /** The pickers show the chosen range's dates and are editable only for chosen dates. */
    private void syncDates() {
        boolean chosen = rangeBox.getValue() == DashboardViewModel.Range.CHOSEN;
        fromPicker.setDisable(!chosen);
        toPicker.setDisable(!chosen);
        if (!chosen) {
            Period p = model.period(rangeBox.getValue(), null, null);
            fromPicker.setValue(p.first());
            toPicker.setValue(p.last());
        }
    }

    @FXML
    private void onShow() {
        load(false);
    }

    @FXML
    private void onReload() {
        load(true);
    }

    private void load(boolean reread) {
        Period period;
        try {
            // chosen dates as read, or the field's sentence (InputException): not the date a picker kept under unread text
            boolean chosen = rangeBox.getValue() == DashboardViewModel.Range.CHOSEN;
            period = model.period(rangeBox.getValue(), chosen ? DateEntry.entered(fromPicker).date() : fromPicker.getValue(),
                    chosen ? DateEntry.entered(toPicker).date() : toPicker.getValue());
        } catch (IllegalArgumentException e) {
            dialogs.error("The period cannot be shown: " + e.getMessage(), "The figures shown are unchanged.",
                    "Choose the dates again.");
            return;
        }
        long asked = openedAt != 0 ? openedAt : System.nanoTime();
        openedAt = 0;
        // a BatchTask on the app's bar: Cancel (or Esc) stops before the next step, and the figures shown stay
        BatchTask<Optional<DashboardViewModel.Loaded>> task = new BatchTask<>() {
            { // on the FX thread: the bar has words from the moment it shows
                updateTitle(reread ? "Reading the book again\u2026" : "Computing the figures\u2026");
            }

            @Override
            protected Optional<DashboardViewModel.Loaded> call() {
                return model.load(period, reread, progress((n, of, step) -> step + " (step " + n + " of " + of + ")\u2026"));
            }
        };
        task.setStoppingText("Cancelling\u2026");
        if (loading != null) {
            loading.requestStop(); // a newer request replaces it: its answer is dropped
        }
        loading = task;
        task.setOnSucceeded(e -> {
            if (loading == task) {
                task.getValue().ifPresentOrElse(loaded -> show(loaded, asked), () -> status.showMessage(shown == null
                        ? "Reading the book cancelled; F5 reads it" : (reread ? "Reading the book again" : "Computing the figures")
                        + " cancelled; the figures shown before stay"));
            }
        });
        task.setOnFailed(e -> {
            if (loading == task) {
                dialogs.error("The figures could not be computed: " + task.getException().getMessage(), "Nothing was changed.",
                        "Try again; if it persists, tell the administrator (the book may have damaged rows).", task.getException());
            }
        });
        progress.bind(tasks.run(task), true);
    }

    private void show(DashboardViewModel.Loaded loaded, long asked) {
        shown = loaded;
        Period p = loaded.period();
        periodLabel.setText(formats.date(p.first()) + " \u2013 " + formats.date(p.last()) + "  (" + p.days()
                + " days, against the " + p.days() + " days before)");
        KpiFigures now = loaded.report().figures();
        KpiFigures before = loaded.report().previous();
        tiles.getChildren().clear();
        for (Headline h : Headline.all()) {
            tiles.getChildren().add(tile(h, now, before));
        }
        chartGrid.show(loaded.charts(), loaded.forecast(), b -> drill(Drill.OPEN_INVOICES, b, null,
                "Open invoices " + ChartData.bucketLabel(b).toLowerCase() + (b == AgingBucket.CURRENT ? "" : " days past due")),
                c -> drill(Drill.TOUCHED_ORDERS, null, c, ChartData.channelLabel(c) + " orders a person touched"),
                // the "opens in 1 s or less" is timed from opening the screen (or Show) to here
                () -> LOG.info("Dashboard: figures for {} shown {} ms after they were asked for (charts one per pulse)",
                        loaded.period(), (System.nanoTime() - asked) / 1_000_000));
        footLabel.setText(String.format("%,d orders entered, %,d shipped, %,d payments, %s of sales in the period \u00b7 book read"
                        + " in %.1f s%s%s", now.basis().ordersEntered(), now.basis().ordersShipped(), now.basis().paymentsReceived(),
                // with the sign, as the tiles above and the PDF pack write the period's money (it read "1,657,997.53 of sales")
                formats.moneyWithCurrency(now.basis().sales()), loaded.readMillis() / 1000.0,
                loaded.reconciled() == 0 ? "" : " \u00b7 " + String.format("%,d", loaded.reconciled()) + " invoices paid before cash was recorded",
                loaded.damaged().isEmpty() ? "" : " \u00b7 " + loaded.damaged().size() + " damaged rows left out: "
                        + loaded.damaged().get(0)));
        status.showMessage("Figures for " + formats.date(p.first()) + " \u2013 " + formats.date(p.last()) + " shown");
    }

    private Button tile(Headline h, KpiFigures now, KpiFigures before) {
        BigDecimal v = h.of(now);
        BigDecimal b = h.of(before);
        Label label = new Label(h.label());
        label.getStyleClass().add("kpi-tile-label");
        Label value = new Label(text.tileValue(h, v));
        value.getStyleClass().add("kpi-tile-value");
        // two fixed lines ("+1.3 days" / "worse than the previous period"): a wrapping label in a
        // button made the tiles hundreds of pixels tall under the window's layout
        Label change = new Label(text.tileChange(h, v, b));
        change.getStyleClass().add("kpi-tile-change");
        if (v != null && b != null && v.compareTo(b) != 0) {
            change.getStyleClass().add("better".equals(HeadlineText.verdict(h, v.subtract(b))) ? "kpi-better" : "kpi-worse");
        }
        Button tile = new Button(null, new VBox(2, label, value, change));
        tile.setId("tile-" + h.name());
        tile.getStyleClass().add("kpi-tile");
        tile.setMnemonicParsing(false);
        tile.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        tile.setOnAction(e -> drill(h.drill(), null, null, h.drill().title()));
        // the whole sentence, which the tile shortens to fit 1366 px, and what the figure is
        Tooltip tip = new Tooltip(text.tooltip(h, v, b));
        tip.setWrapText(true);
        tip.setPrefWidth(TIP_WIDTH);
        tile.setTooltip(tip);
        return tile;
    }

    private void drill(Drill drill, AgingBucket bucket, OrderChannel channel, String title) {
        DashboardViewModel.Loaded loaded = shown;
        if (loaded == null) {
            return;
        }
        // the period as the screen's heading words it (it read "(2026-09-07..2026-12-05)")
        drillTitle.setText(title + " (" + formats.date(loaded.period().first()) + " \u2013 " + formats.date(loaded.period().last()) + ")");
        tasks.run(UiTasks.of(() -> model.drill(drill, loaded.period(), bucket, channel), rows -> {
            drillTable.getItems().setAll(rows);
            BigDecimal sum = rows.stream().map(DashboardViewModel.DrillRow::amount).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            drillCount.setText(String.format("%,d documents", rows.size())
                    + (drill.kind() == Drill.Kind.ORDER ? "" : " \u00b7 " + formats.money(Money.of(sum)))
                    + (canOpen.test(drill.kind()) ? "" : " \u00b7 listed only: their screen is not yours"));
            openButton.setDisable(!canOpen.test(drill.kind()));
            if (!rows.isEmpty()) {
                drillTable.getSelectionModel().selectFirst();
                drillTable.requestFocus();
            }
        }, e -> dialogs.error("The documents could not be listed: " + e.getMessage(), "Nothing was changed.", "Try again.", e)));
    }

    @FXML
    private void onOpen() {
        DashboardViewModel.DrillRow row = drillTable.getSelectionModel().getSelectedItem();
        if (row != null && canOpen.test(row.kind())) {
            open.accept(row);
        }
    }

    @FXML
    private void onExportCsv() {
        DashboardViewModel.Loaded loaded = shown;
        if (loaded == null) {
            return;
        }
        dialogs.chooseFileToSave("Export the figures", null, "figures-" + loaded.period().first() + "-" + loaded.period().last()
                + ".csv", "CSV files", "*.csv").ifPresent(file -> tasks.run(UiTasks.of(() -> {
                    DashboardCsv.write(file, loaded.report());
                    return file;
                }, (Path f) -> status.showMessage("Figures exported to " + f),
                e -> dialogs.error("The export failed: " + e.getMessage(), "Nothing was written.", "Choose another folder.", e))));
    }

    @FXML
    private void onExportPdf() {
        DashboardViewModel.Loaded loaded = shown;
        if (loaded == null) {
            return;
        }
        dialogs.chooseFileToSave("Export the figures as a PDF pack", null, "figures-" + loaded.period().first() + "-"
                + loaded.period().last() + ".pdf", "PDF files", "*.pdf").ifPresent(file -> {
                    // the charts are drawn on the FX thread, one per pulse, at the pack's size; the report is
                    // filled and written off it
                    status.showMessage("Drawing the charts to print\u2026");
                    DashboardPdf.drawPaperCharts(loaded, images -> tasks.run(UiTasks.of(() -> {
                        pdf.write(file, DashboardPdf.pack(loaded, images, java.util.Locale.getDefault()));
                        return file;
                    }, (Path f) -> status.showMessage("PDF pack written to " + f),
                    e -> dialogs.error("The PDF pack failed: " + e.getMessage(), "Nothing was written.", "Choose another folder.", e))));
                });
    }

    /** Starts reading the book in the background before the screen is built (see DashboardViewModel#startReading). */
    public void startReading() {
        openedAt = System.nanoTime();
        model.startReading();
    }

    /** Shows the figures for the chosen period (the book is read on the first call). */
    public void refresh() {
        onShow();
    }

    public void focusFirst() {
        rangeBox.requestFocus();
    }
}
