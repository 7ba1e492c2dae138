package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.claims.ClaimFilter;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/**
 * The claims desk's filters as the view model's filter: each change filters the queue at once. A status the cases
 * still to work never have (resolved, closed) lets go of "Still to work", and ticking it again lets go of such a
 * status: together they matched no case, and "Resolved invalid" showed an empty queue where a clerk looked for the
 * chargeback decided last week (tour15).
 */
final class ClaimFilters {
    private final ClaimsDeskViewModel model;
    private final Formats formats;
    private final TextField search;
    private final ComboBox<ClaimStatus> status;
    private final ComboBox<ClaimReason> reason;
    private final ComboBox<String> owner;
    private final TextField minAge;
    private final TextField minAmount;
    private final CheckBox stillToWork;

    ClaimFilters(ClaimsDeskViewModel model, Formats formats, TextField search, ComboBox<ClaimStatus> status,
                 ComboBox<ClaimReason> reason, ComboBox<String> owner, TextField minAge, TextField minAmount, CheckBox stillToWork) {
        this.model = model;
        this.formats = formats;
        this.search = search;
        this.status = status;
        this.reason = reason;
        this.owner = owner;
        this.minAge = minAge;
        this.minAmount = minAmount;
        this.stillToWork = stillToWork;
        status.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.isOpen()) {
                stillToWork.setSelected(false);
            }
        });
        stillToWork.selectedProperty().addListener((o, a, ticked) -> {
            if (ticked && status.getValue() != null && !status.getValue().isOpen()) {
                status.setValue(null);
            }
        });
        List.<ObservableValue<?>>of(search.textProperty(), status.valueProperty(), reason.valueProperty(), owner.valueProperty(),
                minAge.textProperty(), minAmount.textProperty(), stillToWork.selectedProperty())
                .forEach(p -> p.addListener((o, a, b) -> apply()));
    }

    private void apply() {
        ClaimsDeskText.FilterNumbers n = ClaimsDeskText.filterNumbers(minAge.getText(), minAmount.getText(), formats);
        if (n.bad() == ClaimsDeskText.BadField.NONE) {
            minAge.setStyle("");
            minAmount.setStyle("");
        } else { // a half-typed number does not filter yet; the field says so by its colour, the theme's red
            // (a fixed #b42318 read 2.7:1 on the dark theme's field)
            (n.bad() == ClaimsDeskText.BadField.AGE ? minAge : minAmount).setStyle("-fx-text-fill: -color-danger-fg;");
        }
        model.filterProperty().set(new ClaimFilter(search.getText(), status.getValue(), stillToWork.isSelected(),
                reason.getValue(), owner.getValue(), n.minAge(), n.minAmount()));
    }
}
