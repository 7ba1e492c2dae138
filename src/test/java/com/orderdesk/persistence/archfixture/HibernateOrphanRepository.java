package com.orderdesk.persistence.archfixture;

/** Breaks the rules on purpose, for ArchitectureRulesTest: a persistence adapter that implements no port. */
public final class HibernateOrphanRepository {
    public String what() {
        return "nothing a use case asked for";
    }
}
