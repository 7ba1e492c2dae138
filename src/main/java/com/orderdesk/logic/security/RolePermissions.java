package com.orderdesk.logic.security;

import static com.orderdesk.logic.security.Permission.*;

import com.orderdesk.model.security.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The four desks and what each may do; the roles themselves are the stored enum
 * {@link Role}. The administrator runs the system (users, settings, audit) but does no business
 * transactions: whoever grants rights should not also use them to release credit or move cash.
 * A user may hold several roles (a small firm's owner can be ADMINISTRATOR and CREDIT_MANAGER).
 */
public final class RolePermissions {
    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.ORDER_CLERK, Set.copyOf(EnumSet.of(VIEW_ORDERS, ENTER_ORDER, CANCEL_ORDER, OVERRIDE_PRICE,
                OVERRIDE_ROUTING, ROUTE_ORDERS, SHIP_ORDERS, MAINTAIN_CUSTOMERS, MOVE_STOCK,
                AUTHORIZE_RETURN, RECEIVE_RETURN, OPEN_DISPUTE)));
        GRANTS.put(Role.CREDIT_MANAGER, Set.copyOf(EnumSet.of(VIEW_ORDERS, VIEW_CREDIT_HOLDS, RELEASE_CREDIT_HOLD,
                REJECT_HELD_ORDER, CHANGE_CREDIT_LIMIT, SET_MANUAL_HOLD, VIEW_RECEIVABLES, VIEW_AUDIT, WRITE_OFF,
                MAINTAIN_DUNNING)));
        GRANTS.put(Role.AR_CLERK, Set.copyOf(EnumSet.of(VIEW_ORDERS, VIEW_CREDIT_HOLDS, VIEW_RECEIVABLES, ISSUE_INVOICE,
                PRINT_INVOICE, ISSUE_CREDIT_MEMO, APPLY_CASH, REVERSE_CASH_APPLICATION,
                AUTHORIZE_RETURN, OPEN_DISPUTE, WORK_DEDUCTIONS, WRITE_OFF, WORK_COLLECTIONS, RUN_DUNNING)));
        GRANTS.put(Role.ADMINISTRATOR, Set.copyOf(EnumSet.of(VIEW_ORDERS, VIEW_CREDIT_HOLDS, VIEW_RECEIVABLES,
                VIEW_AUDIT, MANAGE_USERS, ADMIN_SETTINGS, MAINTAIN_CUSTOMERS, MAINTAIN_PRODUCTS, MOVE_STOCK, IMPORT_MASTER_DATA,
                MAINTAIN_DUNNING)));
    }

    private RolePermissions() {
    }

    public static Set<Permission> of(Role role) {
        return GRANTS.getOrDefault(role, Set.of());
    }

    public static boolean grants(Role role, Permission permission) {
        return of(role).contains(permission);
    }
}
