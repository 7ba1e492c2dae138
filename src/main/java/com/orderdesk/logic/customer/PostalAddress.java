package com.orderdesk.logic.customer;

import java.util.Locale;

/** A US postal address as typed (its coordinates come from the gazetteer when it is checked). */
public record PostalAddress(String line1, String line2, String city, String state, String zip) {
    public static final PostalAddress EMPTY = new PostalAddress("", "", "", "", "");

    public PostalAddress {
        line1 = CustomerRecord.clean(line1);
        line2 = CustomerRecord.clean(line2);
        city = CustomerRecord.clean(city);
        state = CustomerRecord.clean(state).toUpperCase(Locale.ROOT);
        zip = CustomerRecord.clean(zip);
    }

    public boolean isBlank() {
        return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && state.isEmpty() && zip.isEmpty();
    }

    /** "120 W Madison St, Chicago, IL 60602" */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {line1, line2, city}) {
            if (!part.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(part);
            }
        }
        String stateZip = (state + " " + zip).strip();
        if (!stateZip.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(stateZip);
        }
        return sb.toString();
    }
}
