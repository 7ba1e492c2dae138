package com.orderdesk.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users as an administrator keeps them: a reset password is changed at the next sign-in (and
 * nothing can be done before), a changed password re-wraps the book's key (the new one signs in
 * and writes sealed entries, the old one no longer signs in), the last administrator stays, and
 * every change has its reason.
 */
class UserAdministrationTest {
    @TempDir
    Path dir;
    TestBook book;
    UserAdministration users;
    SignedInUser admin;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        users = book.services().users();
        admin = book.admin();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private SignInResult signIn(String name, String password) {
        return book.services().signIn().signIn(name, password.toCharArray());
    }

    private String users() {
        return book.db.read(s -> s.createNativeQuery("SELECT username || ':' || role || ':' || active || ':' || must_change_password"
                + " || ':' || password_hash || ':' || wrapped_key FROM app_user ORDER BY id", String.class).getResultList().toString());
    }

    private long trailLength() {
        return book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM audit_entry", Object.class)
                .getSingleResult()).longValue());
    }

    /** The refusal's message, with no user row and no audit entry changed. */
    private void refusedUnchanged(String message, ThrowingCallable action) {
        String before = users();
        long entries = trailLength();
        assertThatThrownBy(action).hasMessageContaining(message);
        assertThat(users()).as("user rows after the refusal").isEqualTo(before);
        assertThat(trailLength()).as("audit entries after the refusal").isEqualTo(entries);
    }

    @Test
    void aResetPasswordIsChangedAtTheNextSignInAndTheNewOneKeepsTheKey() {
        book.user("dora", Role.ADMINISTRATOR);
        users.resetPassword(admin, "dora", "temporary-1".toCharArray());

        SignInResult first = signIn("dora", "temporary-1");
        assertThat(first.signedIn()).as(first.message()).isTrue();
        assertThat(first.mustChangePassword()).isTrue();
        assertThat(first.message()).contains("choose your own");
        // until the password is her own, every door is shut, even with the right role
        SignedInUser temp = first.user();
        assertThatThrownBy(() -> users.overview(temp)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("must first replace the password an administrator set");
        assertThat(signIn("dora", TestBook.PASSWORD).signedIn()).as("the password before the reset").isFalse();

        users.changeOwnPassword(temp, "temporary-1".toCharArray(), "dora-chose-this".toCharArray());

        assertThat(signIn("dora", "temporary-1").signedIn()).as("the administrator's password").isFalse();
        SignInResult own = signIn("dora", "dora-chose-this");
        assertThat(own.signedIn()).as(own.message()).isTrue();
        assertThat(own.mustChangePassword()).isFalse();
        // the key opened with the new password writes sealed entries: an audited change, then a clean check
        users.add(own.user(), "eve", "Eve Adams", Set.of(Role.AR_CLERK), "first-password".toCharArray());
        List<AuditEntry> trail = book.services().auditTrail().find(admin, AuditQuery.all());
        assertThat(trail).extracting(AuditEntry::action).contains(AuditActions.USER_PASSWORD_RESET,
                AuditActions.USER_PASSWORD_CHANGE, AuditActions.USER_ADD);
        assertThat(trail).filteredOn(e -> e.action().equals(AuditActions.USER_ADD)).singleElement()
                .satisfies(e -> assertThat(e.user()).isEqualTo("dora"));
        assertThat(book.services().auditTrail().verify(admin, p -> { }, () -> false).problems()).isEmpty();
    }

    @Test
    void everyoneChangesTheirOwnPasswordButOnlyKnowingTheCurrentOneAndNotToTheSame() {
        SignedInUser clerk = book.clerk();
        refusedUnchanged("current password is not correct",
                () -> users.changeOwnPassword(clerk, "not-it-at-all".toCharArray(), "brand-new-pw".toCharArray()));
        refusedUnchanged("is the current one",
                () -> users.changeOwnPassword(clerk, TestBook.PASSWORD.toCharArray(), TestBook.PASSWORD.toCharArray()));
        refusedUnchanged("at least 8 characters",
                () -> users.changeOwnPassword(clerk, TestBook.PASSWORD.toCharArray(), "short".toCharArray()));

        users.changeOwnPassword(clerk, TestBook.PASSWORD.toCharArray(), "brand-new-pw".toCharArray());

        assertThat(signIn("clerk1", TestBook.PASSWORD).signedIn()).isFalse();
        SignInResult again = signIn("clerk1", "brand-new-pw");
        assertThat(again.signedIn()).isTrue();
        assertThat(book.services().auditTrail().find(admin, AuditQuery.all())).extracting(AuditEntry::action)
                .contains(AuditActions.USER_PASSWORD_CHANGE);
        assertThat(book.services().auditTrail().verify(admin, p -> { }, () -> false).problems()).isEmpty();
    }

    @Test
    void theLastAdministratorIsNeitherSwitchedOffNorDemotedEvenWithOtherRolesOrASwitchedOffColleague() {
        book.user("olda", Role.ADMINISTRATOR);
        users.setActive(admin, "olda", false, "retired");

        refusedUnchanged("last active administrator",
                () -> users.setRoles(admin, "admin", Set.of(Role.CREDIT_MANAGER, Role.AR_CLERK), "moves to finance"));
        refusedUnchanged("last active administrator", () -> users.setActive(admin, "admin", false, "leaving"));

        // with a second active administrator, the first may step down
        book.user("nadia", Role.ADMINISTRATOR, Role.CREDIT_MANAGER);
        users.setRoles(admin, "admin", Set.of(Role.CREDIT_MANAGER), "moves to finance");
        assertThat(users.overview(book.user("nadia", Role.ADMINISTRATOR, Role.CREDIT_MANAGER)))
                .filteredOn(u -> u.userName().equals("admin")).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.CREDIT_MANAGER));
    }

    @Test
    void rolesAndSwitchingOffNeedAReasonAndAtLeastOneRole() {
        book.clerk();
        refusedUnchanged("Reason", () -> users.setRoles(admin, "clerk1", Set.of(Role.AR_CLERK), " "));
        refusedUnchanged("Reason", () -> users.setActive(admin, "clerk1", false, null));
        refusedUnchanged("at least one role", () -> users.setRoles(admin, "clerk1", Set.of(), "no more work"));

        users.setActive(admin, "clerk1", false, "on leave until March");

        AuditEntry off = book.services().auditTrail().find(admin, AuditQuery.all()).stream()
                .filter(e -> e.action().equals(AuditActions.USER_ACTIVE_CHANGE)).findFirst().orElseThrow();
        assertThat(off.reason()).isEqualTo("on leave until March");
        assertThat(off.documentId()).isEqualTo("clerk1");
    }

    @Test
    void theOverviewShowsRolesStateAndTheLastSignIn() {
        book.clerk();
        book.manager();
        users.add(admin, "newbie", "New Bie", Set.of(Role.ORDER_CLERK, Role.AR_CLERK), "first-password".toCharArray());
        assertThat(signIn("carmen", TestBook.PASSWORD).signedIn()).isTrue();

        List<UserSummary> all = users.overview(admin);

        assertThat(all).extracting(UserSummary::userName).containsExactly("admin", "clerk1", "carmen", "newbie");
        assertThat(all.get(2).lastSignIn()).isEqualTo(TestBook.CLOCK.instant());
        assertThat(all.get(1).lastSignIn()).isNull();
        assertThat(all.get(3).mustChangePassword()).isTrue();
        assertThat(all.get(3).roles()).containsExactlyInAnyOrder(Role.ORDER_CLERK, Role.AR_CLERK);
        assertThatThrownBy(() -> users.overview(book.clerk())).isInstanceOf(NotAuthorizedException.class);
    }
}
