package com.orderdesk.persistence.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which cases the use case closes: a resolved one only. An open case is refused with a sentence that
 * says what to do, and stays as it was (the claims desk's Close follows the same rule, ClaimStatus.canBeClosed).
 */
class ClosingACaseTest {
    @TempDir
    Path dir;
    private ClaimsFixture f;

    @BeforeEach
    void setUp() {
        f = new ClaimsFixture(dir);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", null, TestBook.TODAY);
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    @Test
    void anOpenCaseIsRefusedWithWhatToDoAndStaysOpen() {
        ClaimCase open = f.claim("CASE-100001");
        assertThat(open.status()).isEqualTo(ClaimStatus.OPEN);

        assertThatThrownBy(() -> f.claims().close(f.ar(), open.id(), open.version(), "Done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case CASE-100001 is open: only a resolved case can be closed. Resolve it (valid, invalid or "
                        + "partly valid) first.");
        assertThat(f.claim("CASE-100001").status()).as("after the refusal").isEqualTo(ClaimStatus.OPEN);
    }

    @Test
    void aResolvedCaseClosesAndAClosedOneIsNotClosedTwice() {
        ClaimCase open = f.claim("CASE-100001");
        f.claims().resolve(f.ar(), open.id(), open.version(), Resolution.invalid("Signed receipt, no damage"));
        ClaimCase resolved = f.claim("CASE-100001");

        f.claims().close(f.ar(), resolved.id(), resolved.version(), "Done");

        ClaimCase closed = f.claim("CASE-100001");
        assertThat(closed.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThatThrownBy(() -> f.claims().close(f.ar(), closed.id(), closed.version(), "Again"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Case CASE-100001 is closed already.");
    }

    @Test
    void onlyTheResolvedStatusesMayBeClosed() {
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(s.canBeClosed()).as(s.label()).isEqualTo(s.isResolved());
        }
    }
}
