package com.orderdesk.logic.capture.edi;

import java.util.List;

/** One segment as read: its place in the interchange (1 = ISA), its tag, its elements (index 1 = first) and its text span. */
record X12Segment(int number, String tag, List<String> elements, int start, int end) {
    String element(int position) {
        return position < elements.size() ? elements.get(position) : "";
    }

    String where() {
        return "segment " + number + " (" + tag + ")";
    }
}
