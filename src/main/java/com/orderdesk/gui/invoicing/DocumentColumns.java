package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The columns of the invoice list: money right-aligned, dates in the user's locale, status as a chip (marked when a claim case is open on it). */
final class DocumentColumns {
    static final String CUSTOMER = "Customer";
    static final String TOTAL = "Total";
    static final String DUE = "Due";
    static final String DATE = "Date";
    static final String NUMBER = "Number";
    static final String OPEN = "Open";
    /** The customer's column at its narrowest (a 1024 x 768 window) and as wide as the list asks for it where there is room. */
    private static final double MIN_CUSTOMER = 90;
    private static final double WANTED_CUSTOMER = 240;
    private final Formats formats;

    DocumentColumns(Formats formats) {
        this.formats = formats;
    }

    List<TableColumn<DocumentRow, ?>> all() {
        // what AR reads first, first: at 1366 px beside the preview the list shows the number, the
        // customer, when it is due, what is still open and its standing; total, date and type
        // (the number's prefix says it too) are a sideways scroll away, and a column can be dragged.
        // The customer by name, as the hold and claims queues show it: with its number first the name
        // ended after a dozen letters; the search and the customer filter still take the number
        // ... on one line (whole in its tooltip): wrapped onto a second line, long names made rows of
        // uneven height (tour of 5 December); the controller gives it the room up to the total. 160 px at
        // least, not 200: the status column took 60 more for the "Disputed" mark (6 December); 150, not 160:
        // "Partly paid" with its "Deduction" mark takes 7 more again, and the total stays in view at 1366 px;
        // 140: the status holds that pair always now (fit), and the list's scroll bar took 8 more;
        // 90 at the least: at 1024 x 768 the status and the total were a sideways scroll away (tour of 7
        // December), and the list now asks the preview for the room the name wants (roomBesidePreview)
        TableColumn<DocumentRow, String> customer = TextColumn.of(CUSTOMER, DocumentRow::customerName, MIN_CUSTOMER);
        com.orderdesk.gui.common.ColumnFit.oneLine(customer);
        return List.of(
                TextColumn.of(NUMBER, DocumentRow::number, 100),
                customer,
                date(DUE, DocumentRow::dueDate),
                money(OPEN, DocumentRow::open),
                StandingCell.column(),
                // a credit memo's total as the footer nets it (it read 181.36 above a footer of -181.36: tour of 7 December)
                money(TOTAL, r -> r.kind() == DocumentKind.CREDIT_MEMO ? r.total().negate() : r.total()),
                date(DATE, DocumentRow::issueDate),
                TextColumn.of("Type", r -> r.kind() == DocumentKind.INVOICE ? "Invoice" : "Credit memo", 108),
                TextColumn.of("Printed", this::printed, 240),
                TextColumn.of("Reference", r -> r.reference() == null ? "" : r.reference(), 105));
    }

    /**
     * The status as wide as the widest the list can show (a chip and its claim mark: "Partly paid" and
     * "Deduction" needed some 6 px more than the 175 it had, tour of 6 December), measured once: sized
     * to the rows shown, it narrowed and widened as a filter changed, and the columns beside it moved.
     * The customer takes the room that ends the total at the list's edge, beside the preview.
     */
    @SuppressWarnings("unchecked")
    static void fit(javafx.scene.control.TableView<DocumentRow> table) {
        com.orderdesk.gui.common.ContentWidth.fitWidest(table,
                (TableColumn<DocumentRow, DocumentRow>) named(table, StandingCell.TITLE), StandingCell.everyStatus());
        // the dates as wide as the widest month's, measured once too: at 120 px they left some 10 px
        // unused that the total needs beside that status and the list's scroll bar (1366 px)
        for (String title : List.of(DUE, DATE)) {
            com.orderdesk.gui.common.ContentWidth.fitWidest(table, (TableColumn<DocumentRow, LocalDate>) named(table, title), everyMonth());
        }
        // the number and the amounts as wide as the widest they may hold, not a fixed 100 and 105: at
        // 1024 x 768 those 35 px were part of what pushed the total out of the list
        com.orderdesk.gui.common.ContentWidth.fitWidest(table, (TableColumn<DocumentRow, String>) named(table, NUMBER),
                List.of(widest("INV-000000", null)));
        for (String title : List.of(OPEN, TOTAL)) {
            com.orderdesk.gui.common.ContentWidth.fitWidest(table, (TableColumn<DocumentRow, Money>) named(table, title),
                    List.of(widest("", Money.of("999999.99"))));
        }
        TableColumn<DocumentRow, ?> customer = named(table, CUSTOMER);
        com.orderdesk.gui.common.ColumnFit.fillUpTo(table, customer, named(table, TOTAL), WANTED_CUSTOMER);
        // at 1024 x 768 those widths for any value left the customer 90 px: there they follow the values listed
        NarrowDocumentColumns.install(table, customer, (TableColumn<DocumentRow, LocalDate>) named(table, DUE),
                List.of(named(table, DUE), named(table, OPEN), named(table, StandingCell.TITLE), named(table, TOTAL)),
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
    }

    /**
     * The list asks the preview beside it for the width that shows its columns up to the total with the
     * customer's name as wide as the longest shown, wherever the preview keeps some 320 px ({@link #PREVIEW_KEPT})
     * (at 1366 x 768 names of some 35 letters whole: "Schmidt Veterinary Clinic Compa...", tour of 7
     * December, beside a preview of 360 px), at least {@link #WANTED_CUSTOMER} px. A longer name is
     * shortened, whole in its tooltip and in the preview's title; at 1024 x 768 the preview narrows to
     * its minimum and the name to what is left. Asked again when the rows change: the width only grows
     * (the columns do not move as a filter narrows the list).
     */
    static void roomBesidePreview(javafx.scene.control.SplitPane split, javafx.scene.control.TableView<DocumentRow> table) {
        java.util.List<javafx.beans.Observable> rows = new java.util.ArrayList<>(List.of(table.itemsProperty()));
        if (table.getItems() != null) {
            rows.add(table.getItems());
        }
        // asked again when the narrow list gives its columns their wide widths back (NarrowDocumentColumns): grown from
        // 1024 to 1366 it had asked for the narrow widths, and the long name stayed cut beside a preview of 341 px
        for (String title : List.of(DUE, OPEN, StandingCell.TITLE, TOTAL)) {
            rows.add(named(table, title).widthProperty());
        }
        // and when the preview's minimum changes (its larger page, ReadingPreview): made narrow again, it gives the list back its room
        if (split.getItems().get(split.getItems().size() - 1) instanceof javafx.scene.layout.Region preview) {
            rows.add(preview.minWidthProperty());
        }
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, table, () -> {
            double others = 0;
            for (TableColumn<DocumentRow, ?> c : table.getVisibleLeafColumns()) {
                others += CUSTOMER.equals(c.getText()) ? 0 : c.getWidth();
                if (TOTAL.equals(c.getText())) {
                    break;
                }
            }
            double bar = 16; // the vertical scroll bar a real book's list shows, with a pixel to spare
            double frame = others + bar + table.snappedLeftInset() + table.snappedRightInset();
            double inside = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
            double beside = inside - PREVIEW_KEPT - DIVIDER - frame;
            double customer = Math.max(WANTED_CUSTOMER, Math.min(widestName(table), beside));
            return customer + frame;
        }, rows.toArray(new javafx.beans.Observable[0]));
    }

    /**
     * The width the preview keeps at 1366 x 768 when the list asks for room for a long name: a page still
     * readable, 320 px and the few its frame and the divider's rounding take (asked for 320, it had 318).
     */
    private static final double PREVIEW_KEPT = 324;
    /** The split pane's divider under the application's look, with a pixel to spare. */
    private static final double DIVIDER = 7;
    /** How many of the longest names (by letters) are measured: letters differ in width, a few more than one. */
    private static final int NAMES_MEASURED = 12;

    /** The width a customer cell needs for the widest of the names listed (the longest few measured in the cell's font). */
    private static double widestName(javafx.scene.control.TableView<DocumentRow> table) {
        if (table.getItems() == null || table.getItems().isEmpty()) {
            return 0;
        }
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        double padding = 16;
        for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && CUSTOMER.equals(cell.getTableColumn().getText())) {
                font = cell.getFont();
                padding = cell.snappedLeftInset() + cell.snappedRightInset();
                break;
            }
        }
        javafx.scene.text.Text text = new javafx.scene.text.Text();
        text.setFont(font);
        double widest = 0;
        for (String name : table.getItems().stream().map(DocumentRow::customerName).filter(java.util.Objects::nonNull).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(NAMES_MEASURED).toList()) {
            text.setText(name);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest + padding + 2); // two pixels of the cell's text area beside its padding
    }

    /** A row whose number and amounts are the widest the list shows. */
    private static DocumentRow widest(String number, Money amount) {
        LocalDate day = LocalDate.of(2026, 12, 28);
        return new DocumentRow(DocumentKind.INVOICE, number, "", "", day, day, amount, amount, null, null, null, 0, null);
    }

    /** A row dated in each month (the 28th: the digits are as wide as any other day's in the list's font). */
    private static List<DocumentRow> everyMonth() {
        int year = LocalDate.now().getYear();
        return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> LocalDate.of(year, m, 28))
                .map(d -> new DocumentRow(DocumentKind.INVOICE, "", "", "", d, d, null, null, null, null, null, 0, null))
                .toList();
    }

    private static TableColumn<DocumentRow, ?> named(javafx.scene.control.TableView<DocumentRow> table, String title) {
        return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    private String printed(DocumentRow r) {
        if (!r.printed()) {
            return "Not printed";
        }
        String when = r.printedAt() == null ? "" : formats.dateTime(LocalDateTime.ofInstant(r.printedAt(), ZoneId.systemDefault()));
        String copies = r.printCount() > 1 ? " (+" + (r.printCount() - 1) + ")" : "";
        return when + (r.printedBy() == null ? "" : " · " + r.printedBy()) + copies;
    }

    private TableColumn<DocumentRow, LocalDate> date(String title, Function<DocumentRow, LocalDate> value) {
        TableColumn<DocumentRow, LocalDate> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : formats.date(d));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setPrefWidth(120);
        return c;
    }

    private TableColumn<DocumentRow, Money> money(String title, Function<DocumentRow, Money> value) {
        return MoneyColumn.of(title, value, formats, 105);
    }
}
