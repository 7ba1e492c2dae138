package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.security.UserAdministration;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users and roles change only through audited use cases, and only an administrator changes them. */
class SecurityPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;
    UserAdministration users;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        users = book.services().users();
    }


    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void onlyAnAdministratorAddsUsersOrChangesRoles() {
        book.clerk();
        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "manage users and roles",
                    () -> users.add(other, "mallory", "Mallory", Set.of(Role.ADMINISTRATOR), "password1".toCharArray()));
            refusedAndNothingChanged(book, "manage users and roles",
                    () -> users.setRoles(other, "clerk1", Set.of(Role.ADMINISTRATOR), "promotion"));
            refusedAndNothingChanged(book, "manage users and roles", () -> users.setActive(other, "clerk1", false, "left"));
        }
        users.add(book.admin(), "dana", "Dana Ortiz", Set.of(Role.AR_CLERK), "first-password".toCharArray());
        users.setRoles(book.admin(), "dana", Set.of(Role.AR_CLERK, Role.ORDER_CLERK), "covers the phones on Fridays");
        assertThat(book.services().auditTrail().find(book.admin(), AuditQuery.all())).extracting(e -> e.action())
                .contains("USER_ADD", "USER_ROLE_CHANGE");
        var dana = book.services().signIn().signIn("dana", "first-password".toCharArray());
        assertThat(dana.signedIn()).as(dana.message()).isTrue();
        assertThat(dana.user().roles()).containsExactlyInAnyOrder(Role.AR_CLERK, Role.ORDER_CLERK);
    }

    @Test
    void onlyAnAdministratorReadsOrSetsAWriteOffLimit() {
        // reachable from the Users screen since 6 December; an AR clerk must not raise his own
        var limits = book.services().writeOffLimits();
        SignedInUser ar = book.arClerk();
        for (SignedInUser other : List.of(book.clerk(), book.manager(), ar)) {
            refusedAndNothingChanged(book, "manage users and roles",
                    () -> limits.set(other, ar.userName(), com.orderdesk.model.common.Money.of("1000.00"), "raise"));
            assertThatThrownBy(() -> limits.limitOf(other, ar.userName())).hasMessageContaining("may not manage users and roles");
        }
        limits.set(book.admin(), ar.userName(), com.orderdesk.model.common.Money.of("100.00"), "small claims");
        assertThat(limits.limitOf(book.admin(), ar.userName())).isEqualTo(com.orderdesk.model.common.Money.of("100.00"));
    }

    @Test
    void onlyAnAdministratorResetsAPassword() {
        // a reset password is a way into another's account: refused to everyone else, the old password still the one
        book.clerk();
        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.arClerk())) {
            refusedAndNothingChanged(book, "manage users and roles",
                    () -> users.resetPassword(other, "clerk1", "taken-over-1".toCharArray()));
        }
        assertThat(book.services().signIn().signIn("clerk1", "taken-over-1".toCharArray()).signedIn()).isFalse();
        assertThat(book.services().signIn().signIn("clerk1", TestBook.PASSWORD.toCharArray()).signedIn()).isTrue();
    }

    @Test
    void theLastAdministratorIsNeverRemovedOrDemoted() {
        SignedInUser admin = book.admin();
        assertThatThrownBy(() -> users.setActive(admin, "admin", false, "leaving"))
                .hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> users.setRoles(admin, "admin", Set.of(Role.AR_CLERK), "change of job"))
                .hasMessageContaining("last active administrator");
    }
}
