package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipments-to-invoice list counts one line and one unit as one (it read "1 lines, 4 units"). */
class ShipmentsToInvoiceTextTest {
    private final Formats formats = Formats.forLocale(Locale.US);

    @Test
    void oneLineIsALineAndManyAreLines() {
        var one = new ShipmentToInvoice(1, "SH-102048", "SO-101771", "C-10148", "Rocky Mountain Landscaping Ltd.",
                LocalDate.of(2026, 11, 7), 1, 1);
        var many = new ShipmentToInvoice(2, "SH-102012", "SO-101739", "C-10145", "Liberty Hotel Group Company",
                LocalDate.of(2026, 11, 6), 7, 44);

        assertThat(ShipmentsToInvoiceDialog.describe(one, formats))
                .isEqualTo("SH-102048   SO-101771   C-10148 Rocky Mountain Landscaping Ltd.   1 line, 1 unit, shipped Nov 7, 2026");
        assertThat(ShipmentsToInvoiceDialog.describe(many, formats)).endsWith("   7 lines, 44 units, shipped Nov 6, 2026");
    }
}
