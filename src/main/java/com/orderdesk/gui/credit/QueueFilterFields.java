package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.model.common.Money;
import javafx.scene.control.TextField;

/** The hold queue's "at least" filter fields: read leniently, marked and explained when they do not parse. */
final class QueueFilterFields {
    private static final String INVALID = "-fx-border-color: -color-danger-emphasis;";

    private QueueFilterFields() {
    }

    /** The minimum value typed, or null when blank or not an amount (then the field is marked). */
    static Money money(TextField field, Formats formats, StatusBarModel status) {
        String text = field.getText();
        if (text == null || text.isBlank()) {
            field.setStyle("");
            return null;
        }
        try {
            Money m = Money.of(formats.parseMoney(text));
            field.setStyle("");
            return m;
        } catch (RuntimeException e) {
            field.setStyle(INVALID);
            status.showMessage(Messages.get("holds.badMinValue"));
            return null;
        }
    }

    /** The minimum age in days typed, or null when blank or not a whole number. */
    static Integer days(TextField field, StatusBarModel status) {
        String text = field.getText();
        if (text == null || text.isBlank()) {
            field.setStyle("");
            return null;
        }
        try {
            int days = Integer.parseInt(text.strip());
            field.setStyle("");
            return Math.max(0, days);
        } catch (NumberFormatException e) {
            field.setStyle(INVALID);
            status.showMessage(Messages.get("holds.badMinAge"));
            return null;
        }
    }
}
