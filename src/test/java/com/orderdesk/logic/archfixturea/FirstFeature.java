package com.orderdesk.logic.archfixturea;

import com.orderdesk.logic.archfixtureb.SecondFeature;

/** Breaks the rules on purpose, for ArchitectureRulesTest: two features that call each other. */
public final class FirstFeature {
    public int call(SecondFeature other) {
        return other.back(this) + 1;
    }
}
