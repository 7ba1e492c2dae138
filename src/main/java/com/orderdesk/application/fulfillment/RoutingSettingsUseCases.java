package com.orderdesk.application.fulfillment;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import java.util.List;

/** Reading the routing settings (anyone at the desk) and changing them (administrators), audited with before, after and why. */
public final class RoutingSettingsUseCases {
    static final String SETTINGS_CHANGE = "ROUTING_SETTINGS_CHANGE";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final RoutingSettingsRepository settings;
    private final AuditRecorder audit;

    public RoutingSettingsUseCases(UnitOfWork uow, AccessControl access, RoutingSettingsRepository settings,
                                   AuditRecorder audit) {
        this.uow = uow;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
    }

    public RoutingSettings load(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(settings::read);
    }

    /**
     * Saves the settings with the reason the administrator gave, kept in the audit trail as the users screen's
     * decisions are (they saved without one, tour14); a blank reason is refused and nothing is saved.
     */
    public void save(SignedInUser user, RoutingSettings changed, String reason) {
        access.require(user, Permission.ADMIN_SETTINGS);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason: say why the routing settings change; it is kept in the audit trail.");
        }
        List<String> problems = changed.problems();
        if (!problems.isEmpty()) {
            throw new StoreException("The settings were not saved: " + String.join("; ", problems) + ".");
        }
        uow.run("Saving the routing settings", () -> {
            RoutingSettings before = settings.read();
            settings.write(changed);
            audit.record(user, new AuditEvent(user.userName(), SETTINGS_CHANGE, "SETTINGS", "routing",
                    summary(before), summary(changed), null).withReason(reason.strip()));
        });
    }

    /** A compact, readable record of the settings for the audit trail's before and after. */
    static String summary(RoutingSettings st) {
        StringBuilder sb = new StringBuilder();
        for (RoutingSettings.Node n : st.nodes()) {
            sb.append(n.code()).append(' ').append(n.handling()).append('/').append(n.pickPerUnit()).append('/')
                    .append(n.capacity() == null ? "-" : n.capacity()).append(n.active() ? "" : " inactive")
                    .append(n.safetyStock() == null ? "" : " ss=" + n.safetyStock())
                    .append(n.handlingDays() == 0 ? "" : " " + n.handlingDays() + "d").append("; ");
        }
        for (RoutingSettings.Zone z : st.zones()) {
            sb.append('z').append(z.zone()).append('<').append(z.maxKm() == null ? "-" : z.maxKm()).append(' ')
                    .append(z.prices()).append('+').append(z.perKgAboveMax()).append("; ");
        }
        for (var sv : st.services()) {
            sb.append(sv.name()).append(" x").append(sv.priceFactor()).append(" [").append(sv.transitDays()).append(']')
                    .append(sv.active() ? "" : " inactive").append("; ");
        }
        String text = sb.append("penalty ").append(st.backorderPenalty()).toString();
        return text.length() > 4000 ? text.substring(0, 3999) : text;
    }
}
