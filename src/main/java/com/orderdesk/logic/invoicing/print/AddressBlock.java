package com.orderdesk.logic.invoicing.print;

import java.util.List;
import java.util.Objects;

/** A name and the address lines under it, as printed (street, city/state/ZIP, country...). */
public record AddressBlock(String name, List<String> lines) {
    public AddressBlock {
        Objects.requireNonNull(name, "name");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static AddressBlock of(String name, String... lines) {
        return new AddressBlock(name, List.of(lines));
    }

    /** Name and lines, one per text line, for a report text field. */
    public String text() {
        return lines.isEmpty() ? name : name + "\n" + String.join("\n", lines);
    }
}
