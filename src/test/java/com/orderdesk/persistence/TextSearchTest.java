package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void theUpperBoundIsJustAboveEveryStringWithThePrefix() {
        String hi = TextSearch.prefixUpperBound("ACME");
        assertThat(hi).isEqualTo("ACMF");
        assertThat("ACME ZZZ SUPPLY".compareTo(hi)).isNegative();
        assertThat("ACMF".compareTo(hi)).isZero();
        assertThat("ACMD".compareTo("ACME")).isNegative();
    }

    @Test
    void containingTakesOutTheLikeWildcards() {
        assertThat(TextSearch.containing("50%_OFF")).isEqualTo("%50OFF%");
    }
}
