package com.orderdesk.gui.inbox;

import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftField;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.capture.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * A message's text as runs of {@link Text}, the words each field and line was read from
 * highlighted (style class {@code capture-field} or {@code capture-line}) with what they became
 * as a tooltip-like user data, for a {@code TextFlow} beside the draft.
 */
final class MessageText {
    /** A highlighted stretch and what it stands for ("Customer", "Line 2: GLV-NIT-L x 5"). */
    record Mark(TextSpan span, String styleClass, String meaning) {
    }

    private MessageText() {
    }

    static List<Mark> marks(Draft d) {
        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<DraftField, TextSpan> e : d.fieldSpans().entrySet()) {
            marks.add(new Mark(e.getValue(), "capture-field", label(e.getKey())));
        }
        for (int i = 0; i < d.lines().size(); i++) {
            DraftLine l = d.lines().get(i);
            if (l.span() != null) {
                String what = l.sku() == null ? "not known" : l.sku() + (l.quantity() == null ? "" : " x " + l.quantity());
                marks.add(new Mark(l.span(), l.sku() == null || l.quantity() == null ? "capture-doubt" : "capture-line",
                        "Line " + (i + 1) + ": " + what));
            }
        }
        return marks;
    }

    private static String label(DraftField f) {
        return switch (f) {
            case CUSTOMER -> "Customer";
            case SHIP_TO -> "Ship-to";
            case PO_NUMBER -> "PO number";
            case REQUESTED_DATE -> "Requested date";
        };
    }

    /** The text cut into plain and highlighted runs; overlapping marks: the one that starts first wins. */
    static List<Node> runs(String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
        List<Node> out = new ArrayList<>();
        int at = 0;
        for (Mark m : sorted) {
            int start = Math.max(at, Math.min(m.span().start(), text.length()));
            int end = Math.min(m.span().end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                out.add(plain(text.substring(at, start)));
            }
            Text t = new Text(text.substring(start, end));
            t.getStyleClass().addAll("capture-text", m.styleClass());
            t.setUserData(m.meaning());
            javafx.scene.control.Tooltip.install(t, new javafx.scene.control.Tooltip(m.meaning()));
            out.add(t);
            at = end;
        }
        if (at < text.length()) {
            out.add(plain(text.substring(at)));
        }
        return out;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("capture-text");
        return t;
    }
}
