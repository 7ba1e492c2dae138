package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.AnyChoice;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.claims.ClaimFilter;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import java.util.Collection;
import javafx.scene.control.ComboBox;

/** The claims desk's choice boxes: their items and how each shows them (null is "any"). */
final class ClaimChoices {
    private ClaimChoices() {
    }

    static void filters(ComboBox<ClaimStatus> statusBox, ComboBox<ClaimReason> reasonBox, ComboBox<String> ownerBox) {
        AnyChoice.fill(statusBox, ClaimWords::status, Messages.get("claims.anyStatus"), ClaimStatus.values());
        AnyChoice.fill(reasonBox, ClaimWords::reason, Messages.get("claims.anyReason"), ClaimReason.values());
        ownerBox.setConverter(Formats.display(o -> ClaimFilter.UNASSIGNED.equals(o) ? Messages.get("claims.unassigned") : o, Messages.get("claims.anyone")));
    }

    static void actions(ComboBox<SettlementPlan.Rest> restBox, ComboBox<ClaimStatus> moveBox) {
        restBox.getItems().setAll(SettlementPlan.Rest.values());
        restBox.setConverter(Formats.display(r -> r == SettlementPlan.Rest.CHARGEBACK ? Messages.get("claims.rest.chargeBack") : Messages.get("claims.rest.writeOff"), ""));
        restBox.setValue(SettlementPlan.Rest.CHARGEBACK);
        moveBox.getItems().setAll(ClaimStatus.OPEN, ClaimStatus.RESEARCHING, ClaimStatus.WAITING_ON_CUSTOMER);
        moveBox.setConverter(Formats.display(ClaimWords::status, Messages.get("claims.moveTo")));
    }

    /** Anyone, unassigned, then the owners the queue holds; the choice made stays. */
    static void owners(ComboBox<String> ownerBox, Collection<String> owners) {
        String owner = ownerBox.getValue();
        ownerBox.getItems().setAll((String) null);
        ownerBox.getItems().add(ClaimFilter.UNASSIGNED);
        ownerBox.getItems().addAll(owners);
        ownerBox.setValue(owner);
    }

    /**
     * The button of the proposed decision in the accent colour, and no other ({@code proposed} null: none, a
     * person decides). The valid button kept the accent whatever the proposal said (tour12).
     */
    static void highlight(ClaimsDeskViewModel.Decision proposed, javafx.scene.control.Button valid,
                          javafx.scene.control.Button invalid, javafx.scene.control.Button partly) {
        java.util.Map.of(ClaimsDeskViewModel.Decision.VALID, valid, ClaimsDeskViewModel.Decision.INVALID, invalid,
                ClaimsDeskViewModel.Decision.PARTLY_VALID, partly).forEach((d, b) -> {
                    b.getStyleClass().remove("accent");
                    if (d == proposed) {
                        b.getStyleClass().add("accent");
                    }
                });
    }
}
