package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returns are authorized by clerks and AR, received by clerks; cases are worked by AR only; a
 * credit manager writes off but works no case; an administrator does none of it. (The write-off
 * limit itself: ResolutionsTest.)
 */
class ClaimsPermissionsTest {
    @TempDir
    Path dir;
    ClaimsFixture f;

    @BeforeEach
    void open() {
        f = new ClaimsFixture(dir);
        // sign everyone in once first: the test book creates its users on first use
        List.of(f.clerk(), f.ar(), f.manager(), f.book.admin()).forEach(u -> { });
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private String claimRows() {
        return f.count("claim_case") + " " + f.count("claim_note") + " " + f.count("claim_settlement") + " "
                + f.count("return_authorization") + " " + f.count("return_receipt");
    }

    private ReturnRequest rma() {
        return new ReturnRequest("INV-010001", 1, 2, ReturnReason.SURPLUS, null, null, null);
    }

    @Test
    void onlyClerksAndArAuthorizeReturnsAndOnlyClerksReceiveThem() {
        String before = claimRows();
        refusedAndNothingChanged(f.book, "authorize or cancel customer returns", () -> f.returns().authorize(f.manager(), rma()));
        refusedAndNothingChanged(f.book, "authorize or cancel customer returns", () -> f.returns().authorize(f.book.admin(), rma()));
        assertThat(claimRows()).isEqualTo(before);

        String number = f.returns().authorize(f.ar(), rma());
        long id = f.returns().list(f.clerk()).rows().get(0).id();
        long version = f.returns().list(f.clerk()).rows().get(0).version();
        String authorized = claimRows();
        for (SignedInUser other : List.of(f.ar(), f.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "receive returned goods", () -> f.returns().receive(other, id, version, 2, 0, null));
        }
        assertThat(claimRows()).isEqualTo(authorized);
        assertThat(f.returns().receive(f.clerk(), id, version, 2, 0, null).rmaNumber()).isEqualTo(number);
    }

    @Test
    void onlyArWorksCasesAndACreditManagerOnlyWritesOff() {
        DisputeRequest dispute = new DisputeRequest("INV-010002", ClaimReason.PRICING, Money.of("15.00"), "Contract price");
        refusedAndNothingChanged(f.book, "open disputes on invoices", () -> f.claims().openDispute(f.manager(), dispute));
        refusedAndNothingChanged(f.book, "open disputes on invoices", () -> f.claims().openDispute(f.book.admin(), dispute));
        // the dialog's look-up of the invoice is refused to them as well (the window leaves the action disabled)
        refusedAndNothingChanged(f.book, "open disputes on invoices", () -> f.claims().disputable(f.manager(), "INV-010002"));
        f.claims().openDispute(f.clerk(), dispute);
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        String opened = claimRows();

        for (SignedInUser other : List.of(f.clerk(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "work deduction and dispute cases",
                    () -> f.claims().resolve(other, c.id(), c.version(), Resolution.invalid("Not valid")));
        }
        for (SignedInUser other : List.of(f.clerk(), f.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "work deduction and dispute cases", () -> f.claims().addNote(other, c.id(), "x"));
            refusedAndNothingChanged(f.book, "work deduction and dispute cases",
                    () -> f.claims().assign(other, c.id(), c.version(), "ar1"));
            refusedAndNothingChanged(f.book, "work deduction and dispute cases", () -> f.claims().sweepShortPayments(other));
        }
        assertThat(claimRows()).isEqualTo(opened);

        f.claims().assign(f.ar(), c.id(), c.version(), "ar1");
        assertThat(f.claims().queue(f.ar()).rows().get(0).owner()).isEqualTo("ar1");
    }

    private String casesAndReturns() {
        return f.book.db.read(s -> s.createNativeQuery("SELECT status || ' ' || reason || ' ' || version FROM claim_case ORDER BY id",
                Object.class).getResultList().toString() + s.createNativeQuery(
                "SELECT status || ' ' || qty_cancelled || ' ' || version FROM return_authorization ORDER BY id", Object.class).getResultList());
    }

    @Test
    void movingReclassifyingAndClosingACaseAndCancellingAReturnAreRefusedToOthers() {
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.PRICING, Money.of("15.00"), "Contract price"));
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        f.returns().authorize(f.ar(), rma());
        var r = f.returns().list(f.clerk()).rows().get(0);
        String before = claimRows() + casesAndReturns();

        for (SignedInUser other : List.of(f.clerk(), f.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "work deduction and dispute cases",
                    () -> f.claims().moveTo(other, c.id(), c.version(), com.orderdesk.model.claims.ClaimStatus.RESEARCHING, "x"));
            refusedAndNothingChanged(f.book, "work deduction and dispute cases",
                    () -> f.claims().reclassify(other, c.id(), c.version(), ClaimReason.QUANTITY_SHORT, "x"));
            refusedAndNothingChanged(f.book, "work deduction and dispute cases", () -> f.claims().close(other, c.id(), c.version(), "x"));
        }
        for (SignedInUser other : List.of(f.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "authorize or cancel customer returns",
                    () -> f.returns().cancelRest(other, r.id(), r.version(), "Customer keeps them"));
        }
        assertThat(claimRows() + casesAndReturns()).as("cases and returns as they were").isEqualTo(before);

        f.claims().moveTo(f.ar(), c.id(), c.version(), com.orderdesk.model.claims.ClaimStatus.RESEARCHING, "Looking");
        assertThat(casesAndReturns()).isNotEqualTo(before);
    }

    @Test
    void onlyArPrintsAChargeback() {
        DisputeRequest dispute = new DisputeRequest("INV-010002", ClaimReason.PRICING, Money.of("15.00"), "Contract price");
        f.claims().openDispute(f.clerk(), dispute);
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        String cb = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("The price is the contract's"))
                .documents().get(0);
        // the document goes to the customer from the claims desk: the clerk, the credit manager (who reads
        // receivables but works no case) and the administrator are refused it
        for (SignedInUser other : List.of(f.clerk(), f.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, "work deduction and dispute cases", () -> f.claims().chargeback(other, cb));
        }
        assertThat(f.claims().chargeback(f.ar(), cb).number()).isEqualTo(cb);
    }
}
