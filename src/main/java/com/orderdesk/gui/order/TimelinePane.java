package com.orderdesk.gui.order;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.logic.order.TimelineLink;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The order's timeline beside its lines: one entry per step (title, when and who, what happened
 * in sentences) with a link to the screen that holds its document. Enter on the selected entry
 * or a click on its link opens that screen; a screen the user's role does not have is named
 * but not offered.
 */
final class TimelinePane {
    private final ListView<TimelineEvent> list;
    private final Formats formats;
    private final ZoneId zone;
    private Predicate<TimelineLink.Screen> canOpen = s -> false;
    private Consumer<TimelineLink> follow = l -> { };

    private TimelinePane(ListView<TimelineEvent> list, Formats formats, ZoneId zone) {
        this.list = list;
        this.formats = formats;
        this.zone = zone;
    }

    static TimelinePane install(ListView<TimelineEvent> list, Formats formats, ZoneId zone) {
        TimelinePane pane = new TimelinePane(list, formats, zone);
        list.setCellFactory(l -> pane.new EventCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TimelineEvent selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null && pane.opens(selected)) {
                e.consume();
                pane.follow.accept(selected.link());
            }
        });
        return pane;
    }

    void setLinks(Predicate<TimelineLink.Screen> canOpen, Consumer<TimelineLink> follow) {
        this.canOpen = canOpen;
        this.follow = follow;
        list.refresh();
    }

    void show(List<TimelineEvent> events) {
        list.getItems().setAll(events);
        if (!events.isEmpty()) {
            list.scrollTo(events.size() - 1);
        }
    }

    void clear() {
        list.getItems().clear();
    }

    /** Alt+E: into the list, on the newest entry when none is chosen, so arrows and Enter work at once. */
    void focus() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectLast();
        }
    }

    boolean opens(TimelineEvent e) {
        return e.link() != null && canOpen.test(e.link().screen());
    }

    /** "Nov 26, 2026, 9:00 AM · clerk1"; history known only by its day shows the day. */
    String when(TimelineEvent e) {
        if (e.at() == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(e.at(), zone);
        String at = e.timeKnown() ? formats.dateTime(local) : formats.date(local.toLocalDate());
        return e.user() == null ? at : at + " \u00b7 " + e.user();
    }

    /** The list's width less what is not the entry's text: the cell's padding, the list's border and its scroll bar. */
    private static final double TEXT_INSET = 36;

    private final class EventCell extends ListCell<TimelineEvent> {
        private final Label title = new Label();
        private final Label when = new Label();
        private final Label detail = new Label();
        private final Hyperlink link = new Hyperlink();
        private final VBox box;

        EventCell() {
            title.getStyleClass().add("text-bold");
            when.getStyleClass().add("text-muted");
            // every line of the entry wraps to the list's width instead of widening the cell: at 1024 x 768 the pane
            // has some 150 px (the lines keep their 720), where the title and "Dec 7, 2026, 8:13 PM · olivia" ran past
            // its edge, cut behind a sideways bar (polish17)
            for (Label l : new Label[] {title, when, detail}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
                l.maxWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
            }
            link.setFocusTraversable(false);
            link.setPadding(Insets.EMPTY);
            // "Open in Credit holds: SO-103004 (not your screen)" is wider than the pane: it wraps as the detail does
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.maxWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
            // when and who under the title, not beside it: side by side they did not fit the pane's 300 px
            // ("Credit check passed  Dec 5, 2026, 12:03 PM · olivia" ran beyond its edge, cut)
            box = new VBox(2, title, when, detail, link);
            box.getStyleClass().add("timeline-entry");
        }

        @Override
        protected void updateItem(TimelineEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            title.setText(e.title());
            when.setText(TimelinePane.this.when(e));
            detail.setText(e.detail());
            TimelineLink l = e.link();
            link.setVisible(l != null);
            link.setManaged(l != null);
            if (l != null) {
                boolean open = opens(e);
                // a screen the role does not use is named, not offered: readable muted text that says so
                // (a disabled link was 2:1 on the dark theme, and a disabled control shows no tooltip)
                link.setText(open ? l.label() : l.label() + " (not your screen)");
                link.getStyleClass().remove("timeline-link-off");
                if (!open) {
                    link.getStyleClass().add("timeline-link-off");
                }
                link.setTooltip(open ? new Tooltip("Enter or click opens it") : new Tooltip("Your role does not use that screen"));
                link.setOnAction(open ? a -> follow.accept(l) : null);
            }
            setGraphic(box);
        }
    }
}
