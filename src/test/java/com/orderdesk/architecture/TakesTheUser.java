package com.orderdesk.architecture;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.StepOfTheCallersUnit;
import com.orderdesk.logic.security.SignedInUser;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;

/** The predicate and the condition of {@link ArchitectureRules#USE_CASES_CHECK_THE_USER}. */
final class TakesTheUser {
    private TakesTheUser() {
    }

    static boolean takesTheUser(JavaCodeUnit m) {
        return m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(SignedInUser.class));
    }

    /** A step of the caller's unit: marked so, or implementing a port marked so (an anonymous NONE too). */
    static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> STEP = DescribedPredicate.describe(
            "are steps of the caller's unit (@StepOfTheCallersUnit, or implement a port so marked)",
            c -> c.isAnnotatedWith(StepOfTheCallersUnit.class)
                    || c.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith(StepOfTheCallersUnit.class)));

    static final DescribedPredicate<JavaMethod> PREDICATE = DescribedPredicate.describe("take a SignedInUser",
            TakesTheUser::takesTheUser);

    static final ArchCondition<JavaMethod> CHECKS = new ArchCondition<>("call AccessControl.require (directly, through a"
            + " method of its own class, or through another public use-case method)") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            if (!checks(method, new HashSet<>())) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                        + " takes a SignedInUser but never calls AccessControl.require"));
            }
        }
    };

    private static boolean checks(JavaCodeUnit m, Set<JavaCodeUnit> seen) {
        if (!seen.add(m)) {
            return false;
        }
        for (JavaMethodCall call : m.getMethodCallsFromSelf()) {
            if (call.getTargetOwner().isEquivalentTo(AccessControl.class) && call.getName().startsWith("require")) {
                return true;
            }
        }
        for (JavaMethodCall call : m.getMethodCallsFromSelf()) {
            JavaMethod callee = call.getTarget().resolveMember().orElse(null);
            if (callee == null || STEP.test(callee.getOwner())
                    || !callee.getOwner().getPackageName().startsWith("com.orderdesk.application")) {
                continue;
            }
            boolean ownHelper = callee.getOwner().equals(m.getOwner()) && !callee.getModifiers().contains(JavaModifier.PUBLIC);
            boolean useCase = callee.getModifiers().contains(JavaModifier.PUBLIC) && takesTheUser(callee);
            if (ownHelper && checks(callee, seen)) {
                return true;
            }
            if (useCase && (callee.getOwner().isInterface() || checks(callee, seen))) {
                return true;
            }
        }
        return false;
    }
}
