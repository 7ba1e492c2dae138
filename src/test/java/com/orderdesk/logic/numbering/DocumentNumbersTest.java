package com.orderdesk.logic.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {
    @Test
    void padsToTheSeriesWidthAndGrowsBeyondIt() {
        assertThat(DocumentNumbers.format("SO-", 100001, 6)).isEqualTo("SO-100001");
        assertThat(DocumentNumbers.format("CM-", 45, 6)).isEqualTo("CM-000045");
        assertThat(DocumentNumbers.format("INV-", 1234567, 6)).isEqualTo("INV-1234567");
        assertThatThrownBy(() -> DocumentNumbers.format("SO-", -1, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
