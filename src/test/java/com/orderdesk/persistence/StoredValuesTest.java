package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.store.DamagedRowException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoredValuesTest {
    private static StoredValues row(String date) {
        return new StoredValues("case", 7, new Object[] {date}, "opened_on");
    }

    @Test
    void storedIsoDatesAreRead() {
        assertThat(row("2026-12-03").date(0)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(row("2024-02-29").date(0)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aDateThatDoesNotExistOrIsNotWrittenAsStoredNamesTheRowAndColumn() {
        for (String bad : new String[] {"2026-02-30", "2026-13-01", "2026-1-5", "03/12/2026", "2026-12-0x", "tomorrow"}) {
            assertThatThrownBy(() -> row(bad).date(0)).as(bad).isInstanceOf(DamagedRowException.class)
                    .hasMessageContaining("opened_on").hasMessageContaining(bad);
        }
    }
}
