package com.orderdesk.logic.archfixtureb;

import com.orderdesk.logic.archfixturea.FirstFeature;

/** The other half of the cycle in {@link FirstFeature}. */
public final class SecondFeature {
    public int back(FirstFeature first) {
        return first.hashCode();
    }
}
