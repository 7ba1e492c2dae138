package com.orderdesk.gui.security;

import com.orderdesk.application.claims.WriteOffLimits;
import com.orderdesk.application.security.UserAdministration;
import com.orderdesk.application.security.UserSummary;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** What the users screen needs from the use cases, each call made as the administrator signed in at this desk. */
public record UsersDesk(UserAdministration users, WriteOffLimits writeOffLimits, Supplier<SignedInUser> currentUser) {
    List<UserSummary> overview() {
        return users.overview(currentUser.get());
    }

    void add(String userName, String displayName, Set<Role> roles, char[] firstPassword, String reason) {
        users.add(currentUser.get(), userName, displayName, roles, firstPassword, reason);
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

    /** The user's write-off limit; zero when none is set (they may write off nothing). */
    Money writeOffLimit(String userName) {
        return writeOffLimits.limitOf(currentUser.get(), userName);
    }

    void setWriteOffLimit(String userName, Money limit, String reason) {
        writeOffLimits.set(currentUser.get(), userName, limit, reason);
    }

    /** Whether {@code userName} is the administrator at this desk (switching oneself off is refused on the screen). */
    boolean isMe(String userName) {
        return currentUser.get().isUser(userName);
    }
}
