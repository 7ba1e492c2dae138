package com.orderdesk.gui.security;

import com.orderdesk.application.security.UserAdministration;
import com.orderdesk.application.security.UserSummary;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** What the users screen needs from the use cases, each call made as the administrator signed in at this desk. */
public record UsersDesk(UserAdministration users, Supplier<SignedInUser> currentUser) {
    List<UserSummary> overview() {
        return users.overview(currentUser.get());
    }

    void add(String userName, String displayName, Set<Role> roles, char[] firstPassword) {
        users.add(currentUser.get(), userName, displayName, roles, firstPassword);
    }

    void setRoles(String userName, Set<Role> roles, String reason) {
        users.setRoles(currentUser.get(), userName, roles, reason);
    }

    void setActive(String userName, boolean active, String reason) {
        users.setActive(currentUser.get(), userName, active, reason);
    }

    void resetPassword(String userName, char[] password) {
        users.resetPassword(currentUser.get(), userName, password);
    }

    /** Whether {@code userName} is the administrator at this desk (switching oneself off is refused on the screen). */
    boolean isMe(String userName) {
        return currentUser.get().isUser(userName);
    }
}
