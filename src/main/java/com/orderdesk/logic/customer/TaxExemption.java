package com.orderdesk.logic.customer;

import com.orderdesk.logic.common.ReadableDates;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A sales-tax exemption on file: the certificate's number and, when it has one, the last day it is
 * valid. After that day the customer pays tax like any other, and whoever prices an order is told.
 */
public record TaxExemption(String certificate, LocalDate expires) {
    public TaxExemption {
        certificate = CustomerRecord.clean(certificate);
    }

    /** True when the certificate covers a sale on {@code day} (the expiry day itself included). */
    public boolean appliesOn(LocalDate day) {
        return expires == null || !day.isAfter(expires);
    }

    /** A sentence for the order screen when the certificate no longer covers {@code day}. */
    public Optional<String> warningOn(LocalDate day) {
        if (appliesOn(day)) {
            return Optional.empty();
        }
        return Optional.of("Tax-exemption certificate " + certificate + " expired on " + ReadableDates.format(expires)
                + ": sales tax is charged until a current certificate is on file.");
    }

    /** True when stored columns say exempt (the flag) and the certificate covers {@code day}. */
    public static boolean exemptOn(boolean flag, LocalDate expires, LocalDate day) {
        return flag && (expires == null || !day.isAfter(expires));
    }
}
