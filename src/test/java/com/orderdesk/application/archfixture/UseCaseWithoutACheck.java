package com.orderdesk.application.archfixture;

import com.orderdesk.logic.security.SignedInUser;

/** Breaks the rule on purpose, for ArchitectureRulesTest: a use-case method that takes the user and checks nothing. */
public final class UseCaseWithoutACheck {
    public String writeOff(SignedInUser user, String invoiceNumber) {
        return invoiceNumber + " written off for " + user.userName();
    }
}
