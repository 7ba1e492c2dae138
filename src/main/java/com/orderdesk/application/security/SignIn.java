package com.orderdesk.application.security;

import com.orderdesk.logic.security.SignInResult;

/**
 * Signing in against the stored accounts (implemented by the persistence layer): checks the
 * password with {@link SignInService}, stores an upgraded hash, and writes every attempt
 * (success, failure, throttled) to the audit trail. Takes about 100 ms: call it off the FX thread.
 */
@FunctionalInterface
public interface SignIn {
    SignInResult signIn(String userName, char[] password);
}
