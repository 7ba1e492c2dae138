package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Binds the status bar's labels to the {@link StatusBarModel} and lays them out so the signed-in
 * user and the book always read whole, at 1366 px and narrower: they sit on the right at their own
 * width; the book's full address gives way to its short name ({@link StatusBarModel#bookName})
 * when both would not leave the message {@link #MESSAGE_ROOM}. The message takes what is left: when
 * it is cut its tooltip holds it whole, and a click shows it whole in the bar (wrapped) until the
 * next message or the next click.
 */
final class StatusBarView {
    /** The width the message keeps before the book's full address gives way to its short name. */
    static final double MESSAGE_ROOM = 240;
    static final String WHOLE_CLASS = "status-message-whole";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final HBox bar;
    private final Label user;
    private final Label book;
    private final Label counts;
    private final Label message;
    private final StatusBarModel status;

    StatusBarView(StatusBarModel status, HBox bar, Label user, Label book, Separator countsSeparator, Label counts, Label message) {
        this.status = status;
        this.bar = bar;
        this.user = user;
        this.book = book;
        this.counts = counts;
        this.message = message;
        bindUser();
        bindCounts(countsSeparator);
        bindMessage();
        book.setMinWidth(Region.USE_PREF_SIZE);
        book.setTooltip(new Tooltip());
        book.getTooltip().textProperty().bind(Bindings.createStringBinding(this::fullBook, status.databaseProperty()));
        status.databaseProperty().addListener((o, a, b) -> fitBook());
        for (Label l : new Label[] {user, counts, message}) {
            l.textProperty().addListener((o, a, b) -> fitBook());
        }
        bar.widthProperty().addListener((o, a, b) -> fitBook());
        message.fontProperty().addListener((o, a, b) -> fitBook());
        fitBook();
    }

    private void bindUser() {
        user.textProperty().bind(Bindings.createStringBinding(() -> status.userProperty().get().isEmpty()
                        ? Messages.get("status.notSignedIn")
                        : status.roleProperty().get().isEmpty() ? status.userProperty().get()
                        : Messages.get("status.userRole", status.userProperty().get(), status.roleProperty().get()),
                status.userProperty(), status.roleProperty()));
        user.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void bindCounts(Separator separator) {
        counts.textProperty().bind(status.countsProperty());
        counts.visibleProperty().bind(status.countsProperty().isNotEmpty());
        counts.managedProperty().bind(counts.visibleProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(counts.textProperty());
        counts.setTooltip(whole);
        separator.visibleProperty().bind(counts.visibleProperty());
        separator.managedProperty().bind(counts.visibleProperty());
    }

    private void bindMessage() {
        DateTimeFormatter time = TIME;
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = status.lastMessageProperty().get();
            if (text == null || text.isEmpty()) {
                return "";
            }
            return status.lastMessageTimeProperty().get() == null ? text
                    : time.format(status.lastMessageTimeProperty().get()) + "  " + text;
        }, status.lastMessageProperty(), status.lastMessageTimeProperty()));
        message.visibleProperty().bind(status.lastMessageProperty().isNotEmpty());
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        whole.setShowDuration(Duration.seconds(30));
        whole.textProperty().bind(message.textProperty());
        message.setTooltip(whole);
        message.setCursor(Cursor.HAND);
        // a click shows the whole message in the bar; the next message starts on one line again, the same
        // message repeated in the same minute too (its text does not change: it stayed shown whole, tour)
        message.setOnMouseClicked(e -> showWhole(!message.isWrapText()));
        status.messagesShownProperty().addListener((o, a, b) -> showWhole(false));
    }

    /** The message whole in the bar, or on one line again (Help, Last message in full; a click does the same). */
    void toggleWhole() {
        showWhole(!message.isWrapText());
    }

    private void showWhole(boolean whole) {
        message.setWrapText(whole);
        message.getStyleClass().remove(WHOLE_CLASS);
        if (whole) {
            message.getStyleClass().add(WHOLE_CLASS);
        }
    }

    private String fullBook() {
        String database = status.databaseProperty().get();
        return database.isEmpty() ? Messages.get("status.noDatabase") : database;
    }

    /** The book's full address when it leaves the message its room, else its short name. */
    private void fitBook() {
        String full = fullBook();
        String shortName = status.databaseProperty().get().isEmpty() ? full : StatusBarModel.bookName(status.databaseProperty().get());
        double others = bar.snappedLeftInset() + bar.snappedRightInset() + MESSAGE_ROOM;
        int shown = 0;
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n.isManaged() && n != message && n != book) {
                others += n.prefWidth(-1);
            }
            shown += n.isManaged() ? 1 : 0;
        }
        others += bar.getSpacing() * Math.max(0, shown - 1);
        double chrome = book.getGraphic() == null ? 0 : book.getGraphic().prefWidth(-1) + book.getGraphicTextGap();
        chrome += book.snappedLeftInset() + book.snappedRightInset();
        boolean fits = bar.getWidth() <= 0 || others + chrome + textWidth(full, book) <= bar.getWidth();
        book.setText(fits ? full : shortName);
        keepTheTimeWhole(shown);
    }

    /**
     * The message's time reads whole however narrow the message's room (polish17: at 1024 px beside an area's long
     * counts it read "1:0..."): the message gives way down to its time and an ellipsis, then the counts give way
     * (whole in their tooltip) rather than push the user and the book past the bar's right end.
     */
    private void keepTheTimeWhole(int shown) {
        double least = 0;
        java.time.LocalTime at = status.lastMessageTimeProperty().get();
        if (at != null && !status.lastMessageProperty().get().isEmpty()) {
            double graphic = message.getGraphic() == null ? 0 : message.getGraphic().prefWidth(-1) + message.getGraphicTextGap();
            least = Math.ceil(message.snappedLeftInset() + message.snappedRightInset() + graphic
                    + textWidth(TIME.format(at) + message.getEllipsisString(), message)) + 2;
        }
        message.setMinWidth(least);
        if (!counts.isManaged() || bar.getWidth() <= 0) {
            counts.setMinWidth(Region.USE_PREF_SIZE);
            return;
        }
        double rest = bar.snappedLeftInset() + bar.snappedRightInset() + bar.getSpacing() * Math.max(0, shown - 1) + least;
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n.isManaged() && n != message && n != counts) {
                rest += n.prefWidth(-1);
            }
        }
        double room = Math.floor(bar.getWidth() - rest);
        counts.setMinWidth(room >= counts.prefWidth(-1) ? Region.USE_PREF_SIZE : Math.max(0, room));
    }

    private static double textWidth(String text, Label label) {
        Text t = new Text(text);
        t.setFont(label.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth()) + 1;
    }
}
