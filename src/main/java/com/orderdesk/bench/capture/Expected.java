package com.orderdesk.bench.capture;

import java.time.LocalDate;
import java.util.List;

/** The right answer for one order (or non-order, or broken file) of a generated message. */
record Expected(String source, Kind kind, String customerNo, String shipTo, String poNumber, LocalDate requestedDate,
                List<Line> lines, boolean needsPerson, String scenario) {

    enum Kind { ORDER, NOT_AN_ORDER, REJECTED }

    record Line(String sku, long quantity) {
    }

    static Expected notAnOrder(String source, String scenario) {
        return new Expected(source, Kind.NOT_AN_ORDER, null, null, null, null, List.of(), false, scenario);
    }

    static Expected rejected(String source, String scenario) {
        return new Expected(source, Kind.REJECTED, null, null, null, null, List.of(), false, scenario);
    }

    boolean touchlessAble() {
        return kind == Kind.ORDER && !needsPerson;
    }
}
