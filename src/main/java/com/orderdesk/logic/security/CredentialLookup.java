package com.orderdesk.logic.security;

import java.util.Optional;

/**
 * Finds an account by its normalized user name ({@link SignedInUser#normalize}). The app layer supplies
 * it (a lambda over the user repository), so logic does not depend on persistence.
 */
@FunctionalInterface
public interface CredentialLookup {
    Optional<StoredCredential> find(String normalizedUserName);
}
