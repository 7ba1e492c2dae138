package com.orderdesk.logic.fulfillment;

import java.util.Locale;

/** How a carrier service's code reads on screens and paper: "TWO_DAY" as "Two-day". */
public final class ServiceLabels {
    private ServiceLabels() {
    }

    /** null for null (an undated plan has no service). */
    public static String label(String service) {
        if (service == null || service.isBlank()) {
            return null;
        }
        String s = service.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
