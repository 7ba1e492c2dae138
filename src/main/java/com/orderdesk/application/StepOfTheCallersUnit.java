package com.orderdesk.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class (or port) of the application layer whose public methods take the signed-in user
 * but check no permission of their own: a step of another use case, run inside that use case's
 * unit of work after it checked the user for its own action. The architecture rule that every
 * use-case method calls {@link AccessControl} passes such classes by, and does not count a call
 * to them as a check. The composition root hands them only to the use cases that take the step,
 * never to a screen or a command.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StepOfTheCallersUnit {
    /** Whose check covers the step. */
    String value();
}
