package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import com.orderdesk.reporting.ClaimReportInputs;
import com.orderdesk.reporting.DocumentRenderer;
import javafx.stage.Stage;

/**
 * What the claims desk's screen tests set up alike (as {@code DeskScreenFixture} does for the cash, hold and
 * collections desks), on the class's book ({@code ScreenTestOnOneBook}): the two deductions most of them work on, the
 * desk signed in as the AR clerk on the test's dialogs, status bar and task runner, shown on the test's stage and
 * loaded. What a test puts in its book beyond that, and what it reads of the screen, stays in the test.
 */
final class ClaimsDeskScreen {
    /** The demo book's longest customer name among its cases ("Midwest Veterinary Clinic Corp."). */
    static final String LONGEST = "Midwest Veterinary Clinic Corp.";

    private ClaimsDeskScreen() {
    }

    /**
     * Two deductions of Acme's, taken on cheques: CASE-100001, 20.00 of INV-010001 kept today for damage ("2 boxes
     * crushed"), and CASE-100002, what INV-010002 was left short 15 days ago, nothing said.
     */
    static ClaimsFixture twoDeductions(TestBook book) throws Exception {
        ClaimsFixture f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
        f.payWithDeduction("INV-010002", "101.58", "0", null, null, TestBook.TODAY.minusDays(15));
        return f;
    }

    /** {@link #twoDeductions}, their customer named as the demo's longest ({@link #LONGEST}): for the layout tests. */
    static ClaimsFixture twoDeductionsOfTheLongestName(TestBook book) throws Exception {
        ClaimsFixture f = twoDeductions(book);
        book.db.write(s -> s.createNativeMutationQuery("UPDATE customer SET name = ? WHERE id = ?")
                .setParameter(1, LONGEST).setParameter(2, book.acmeId).executeUpdate());
        return f;
    }

    /** The desk as the AR clerk, without Print chargeback. */
    static ClaimsDeskController desk(ClaimsFixture f, ScreenFixture screen) {
        var ar = f.ar();
        return new ClaimsDeskController(new ClaimsDeskViewModel(f.claims(), () -> ar, TestBook.CLOCK), screen.tasks, screen.dialogs,
                screen.status, TestBook.CLOCK.getZone());
    }

    /** The desk as the AR clerk, its Print chargeback writing the case's chargeback through the book's renderer. */
    static ClaimsDeskController deskPrinting(ClaimsFixture f, ScreenFixture screen) {
        var ar = f.ar();
        DocumentRenderer renderer = f.services.renderer();
        ClaimReportInputs inputs = new ClaimReportInputs(f.services.invoicing().company());
        return new ClaimsDeskController(new ClaimsDeskViewModel(f.claims(), () -> ar, TestBook.CLOCK), screen.tasks, screen.dialogs,
                screen.status, TestBook.CLOCK.getZone(),
                (number, target) -> renderer.exportPdf(renderer.fill(inputs.chargeback(f.claims().chargeback(ar, number))), target));
    }

    /**
     * Shows {@code desk} on {@code stage}, {@code width} x 700 (the room beside the rail at 768 px high), and loads its
     * queue; the desk, for the test's field.
     */
    static ClaimsDeskController show(Stage stage, ScreenFixture screen, ClaimsDeskController desk, double width) {
        screen.show(stage, desk, width, 700);
        desk.refresh();
        return desk;
    }

    /** {@link #show} in the application's look (its theme and fonts), for tests of what is cut or wraps. */
    static ClaimsDeskController showAsTheAppLooks(Stage stage, ScreenFixture screen, ClaimsDeskController desk, double width) {
        Truncation.applicationLook();
        return show(stage, screen, desk, width);
    }
}
