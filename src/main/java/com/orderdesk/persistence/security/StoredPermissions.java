package com.orderdesk.persistence.security;

import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.RolePermissions;
import com.orderdesk.model.security.Role;
import com.orderdesk.logic.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Checks a permission against the user's stored roles, inside the transaction that acts on it:
 * services that are handed only a user name (routing, routing settings) cannot be talked into an
 * action by a screen that forgot its own check, nor by a user deactivated a minute ago.
 */
public final class StoredPermissions {
    private StoredPermissions() {
    }

    /** Throws a StoreException saying {@code refusal} unless an active role of {@code user} grants {@code permission}. */
    public static void require(Connection c, String user, Permission permission, String refusal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM app_user WHERE username = ? AND active = ?")) {
            ps.setString(1, user);
            ps.setBoolean(2, true);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        if (RolePermissions.grants(Role.valueOf(rs.getString(1)), permission)) {
                            return;
                        }
                    } catch (IllegalArgumentException unknownRole) {
                        // a role this build does not know grants nothing
                    }
                }
            }
        }
        throw new StoreException(user + " may not " + permission.phrase() + ": " + refusal);
    }
}
