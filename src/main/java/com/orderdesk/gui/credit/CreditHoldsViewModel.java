package com.orderdesk.gui.credit;

import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.OrderAuthorship;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The credit-hold queue without widgets: the rows, the filters (text, reason, risk class,
 * minimum value, minimum age), what the signed-in user may do with a row, and the footer.
 */
public final class CreditHoldsViewModel {
    private final ObservableList<HeldOrderRow> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CreditReason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<RiskClass> riskClass = new SimpleObjectProperty<>();
    private final ObjectProperty<Money> minValue = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minAgeDays = new SimpleObjectProperty<>();
    private final Supplier<SignedInUser> user;
    private final Authorizer authorizer;
    private final Supplier<LocalDate> today;
    private final ZoneId zone;

    public CreditHoldsViewModel(Supplier<SignedInUser> user, Authorizer authorizer, Supplier<LocalDate> today, ZoneId zone) {
        this.user = user;
        this.authorizer = authorizer;
        this.today = today;
        this.zone = zone;
    }

    public ObservableList<HeldOrderRow> rows() { return rows; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<CreditReason> reasonProperty() { return reason; }
    public ObjectProperty<RiskClass> riskClassProperty() { return riskClass; }
    public ObjectProperty<Money> minValueProperty() { return minValue; }
    public ObjectProperty<Integer> minAgeDaysProperty() { return minAgeDays; }

    /** Which rows the filters let through. */
    public Predicate<HeldOrderRow> condition() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        CreditReason r = reason.get();
        RiskClass rc = riskClass.get();
        Money min = minValue.get();
        Integer age = minAgeDays.get();
        LocalDate now = today.get();
        return row -> (text.isEmpty() || row.orderNumber().toLowerCase(Locale.ROOT).contains(text)
                        || row.customerName().toLowerCase(Locale.ROOT).contains(text)
                        || row.customerNumber().toLowerCase(Locale.ROOT).contains(text))
                && (r == null || row.reasons().contains(r))
                && (rc == null || row.riskClass() == rc)
                && (min == null || row.value().compareTo(min) >= 0)
                && (age == null || row.ageDays(now, zone) >= age);
    }

    public long ageDays(HeldOrderRow row) {
        return row.ageDays(today.get(), zone);
    }

    /** "1,204 held orders, $3,456,789.00 held" style footer numbers. */
    public static Money totalValue(Collection<HeldOrderRow> shown) {
        return shown.stream().map(HeldOrderRow::value).reduce(Money.ZERO, Money::plus);
    }

    /** Why the signed-in user may not release this order; empty when they may. */
    public Optional<String> releaseRefusal(HeldOrderRow row) {
        // the authorizer decides; the desk says it in the bundle's words
        return authorizer.releaseRefusal(user.get(), new OrderAuthorship(row.orderNumber(), row.enteredBy(), row.lastChangedBy()))
                .map(refused -> HoldRefusals.release(user.get(), row.orderNumber(), row.enteredBy(), row.lastChangedBy()));
    }

    public SignedInUser currentUser() {
        return user.get();
    }

    public boolean may(Permission permission) {
        return authorizer.can(user.get(), permission);
    }

    /** Takes an acted-on order out of the queue at once; returns the row to select next (or null). */
    public HeldOrderRow removeAndNext(long orderId, java.util.List<HeldOrderRow> shownInOrder) {
        int index = -1;
        for (int i = 0; i < shownInOrder.size(); i++) {
            if (shownInOrder.get(i).orderId() == orderId) {
                index = i;
                break;
            }
        }
        HeldOrderRow next = null;
        if (index >= 0 && index + 1 < shownInOrder.size()) {
            next = shownInOrder.get(index + 1);
        } else if (index > 0) {
            next = shownInOrder.get(index - 1);
        }
        rows.removeIf(r -> r.orderId() == orderId);
        return next;
    }
}
