package com.orderdesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
    private final Authorizer authorizer = new Authorizer();
    private final SignedInUser clerk = new SignedInUser(1, "jdoe", "Jane Doe", Set.of(Role.ORDER_CLERK));
    private final SignedInUser manager = new SignedInUser(2, "mgarcia", "Maria Garcia", Set.of(Role.CREDIT_MANAGER));
    private final SignedInUser otherManager = new SignedInUser(3, "tchen", "Tom Chen", Set.of(Role.CREDIT_MANAGER));
    private final SignedInUser admin = new SignedInUser(4, "root", "Ada Admin", Set.of(Role.ADMINISTRATOR));

    @Test
    void clerksReleaseIsRefusedWithAClearMessage() {
        OrderAuthorship order = new OrderAuthorship("SO-1042", "someone", null);
        assertThatThrownBy(() -> authorizer.requireMayReleaseHold(clerk, order))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.MISSING_PERMISSION);
                    assertThat(e.permission()).isEqualTo(Permission.RELEASE_CREDIT_HOLD);
                    assertThat(e.user()).isEqualTo(clerk);
                })
                .hasMessage("Order clerk Jane Doe may not release credit holds.");
    }

    @Test
    void theManagerWhoEnteredTheOrderMayNotReleaseIt() {
        OrderAuthorship order = new OrderAuthorship("SO-1042", "MGarcia ", null);
        assertThatThrownBy(() -> authorizer.requireMayReleaseHold(manager, order))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.SEGREGATION_OF_DUTIES))
                .hasMessage("Maria Garcia entered order SO-1042 and so may not release its credit hold;"
                        + " another credit manager must.");
        assertThat(authorizer.mayReleaseHold(manager, order)).isFalse();
    }

    @Test
    void theManagerWhoLastChangedTheOrderMayNotReleaseIt() {
        OrderAuthorship order = new OrderAuthorship("SO-1042", "jdoe", "mgarcia");
        assertThat(authorizer.releaseRefusal(manager, order)).contains("Maria Garcia last changed order SO-1042"
                + " and so may not release its credit hold; another credit manager must.");
    }

    @Test
    void anotherCreditManagerMayRelease() {
        OrderAuthorship order = new OrderAuthorship("SO-1042", "jdoe", "mgarcia");
        assertThatCode(() -> authorizer.requireMayReleaseHold(otherManager, order)).doesNotThrowAnyException();
        assertThat(authorizer.mayReleaseHold(otherManager, order)).isTrue();
        assertThat(authorizer.releaseRefusal(otherManager, order)).isEmpty();
    }

    @Test
    void administratorDoesNoCreditDecisions() {
        assertThatThrownBy(() -> authorizer.require(admin, Permission.RELEASE_CREDIT_HOLD))
                .hasMessage("Administrator Ada Admin may not release credit holds.");
        assertThat(authorizer.can(admin, Permission.VIEW_AUDIT)).isTrue();
        assertThat(authorizer.can(admin, Permission.MANAGE_USERS)).isTrue();
    }

    @Test
    void rolesCombineAndTheRefusalNamesThemAll() {
        SignedInUser both = new SignedInUser(5, "sam", "Sam Lee", Set.of(Role.AR_CLERK, Role.ORDER_CLERK));
        assertThat(authorizer.can(both, Permission.APPLY_CASH)).isTrue();
        assertThat(authorizer.can(both, Permission.ENTER_ORDER)).isTrue();
        assertThat(authorizer.refusal(both, Permission.CHANGE_CREDIT_LIMIT))
                .contains("Order clerk and AR clerk Sam Lee may not change credit limits or risk classes.");
    }

    @Test
    void onlyCreditManagersReleaseHoldsOrChangeLimits() {
        for (Role role : Role.values()) {
            boolean isManager = role == Role.CREDIT_MANAGER;
            assertThat(RolePermissions.grants(role, Permission.RELEASE_CREDIT_HOLD)).as(role.name()).isEqualTo(isManager);
            assertThat(RolePermissions.grants(role, Permission.CHANGE_CREDIT_LIMIT)).as(role.name()).isEqualTo(isManager);
        }
    }

    @Test
    void everyPermissionIsGrantedToSomeRole() {
        for (Permission p : Permission.values()) {
            assertThat(Role.values()).as(p.name()).anyMatch(r -> RolePermissions.grants(r, p));
        }
    }

    @Test
    void userWithoutRolesMayDoNothing() {
        SignedInUser nobody = new SignedInUser(9, "guest", "Guest", Set.of());
        assertThat(authorizer.refusal(nobody, Permission.VIEW_ORDERS)).contains("User Guest may not view orders.");
    }
}
