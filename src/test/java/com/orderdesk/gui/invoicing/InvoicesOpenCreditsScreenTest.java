package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingAsUsers;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Defect (demo book): the dashboard's Receivables and the invoice list's "Open" differed by 7.87, a
 * credit memo on a paid invoice with nothing to apply it to. Receivables counts invoices only (the
 * KPI rule); the list netted the memo in, so two screens gave two receivables with nothing to say
 * why. The footer now shows the open invoices, equal to the tile, and the unapplied credits beside them.
 */
@ExtendWith(ApplicationExtension.class)
class InvoicesOpenCreditsScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InvoicingFixture fx;
    private Money receivablesTile;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        fx = new InvoicingFixture(Files.createTempDirectory("invoices-open-credits-test"));
        InvoicingAsUsers service = fx.service();
        service.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.exemptOrder(), 4)), "ar1");
        // the schools pay their invoice in full; a credit on it afterwards has no invoice left to reduce
        DocumentRow schools = service.list(DocumentFilter.all(TestBook.TODAY)).stream()
                .filter(r -> r.number().equals("INV-010002")).findFirst().orElseThrow();
        SignedInUser ar = fx.book.user("ar1", Role.AR_CLERK);
        var cash = fx.book.services().cash();
        DeskPayment cheque = cash.enterCheque(ar, new ChequeInput(schools.customerName(), "3301", "021000021", "777001",
                schools.total().amount(), TestBook.TODAY, List.of(), null));
        cash.post(ar, new PostRequest(cheque.id(), cash.detail(ar, cheque.id()).version(), schools.customerNumber(), List.of(
                new PostRequest.Line("INV-010002", schools.total().amount(), BigDecimal.ZERO, BigDecimal.ZERO, null))));
        service.issueCreditMemo("INV-010002", new CreditRequest.ByAmount(Money.of("7.87"), "Goodwill after a late delivery"), "ar1");
        // what the dashboard's Receivables tile shows for the same book and day
        receivablesTile = Money.of(KpiBook.of(fx.book.services().kpi().ledgers(ar).ledgers()).figures(TestBook.TODAY, 90).arTotal());

        InvoicesController controller = new InvoicesController(new InvoicingDesk(service.useCases(),
                () -> com.orderdesk.logic.invoicing.print.TestRenderers.demo(), TestBook.CLOCK, () -> ar, 1),
                screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        fx.book.db.close();
    }

    private static String money(Money m) {
        return String.format(Locale.US, "%,.2f", m.amount());
    }

    @Test
    void theFooterShowsTheOpenInvoicesAsTheReceivablesTileDoesAndTheUnappliedCreditApart(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        screen.await(20, () -> table.getItems().size() == 3);
        Label open = robot.lookup("#openLabel").queryAs(Label.class);
        Label credits = robot.lookup("#creditsLabel").queryAs(Label.class);

        assertThat(receivablesTile.isPositive()).isTrue();
        assertThat(open.getText()).as("the list's open invoices are the dashboard's Receivables (%s)", receivablesTile)
                .endsWith(" " + money(receivablesTile)).startsWith("Open invoices");
        assertThat(credits.isVisible()).as("unapplied credits shown").isTrue();
        assertThat(credits.getText()).isEqualTo("Unapplied credits 7.87");
        assertThat(credits.getTooltip().getText()).as("what the customers owe net of it")
                .contains(money(receivablesTile.minus(Money.of("7.87"))));

        // a list without the credit memo has nothing to explain
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("INV-"));
        screen.await(10, () -> table.getItems().size() == 2);
        assertThat(credits.isVisible()).as("no unapplied credit among the rows shown").isFalse();
        assertThat(credits.isManaged()).isFalse();
    }

    /**
     * Tour of 7 December (arthur): a credit memo's row showed 181.36 in Total while the footer's Total, which nets
     * it, read -181.36. The column now shows a credit memo's total as the footer counts it, so the rows add up.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theTotalColumnAddsUpToTheFootersTotal(FxRobot robot) throws Exception {
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        screen.await(20, () -> table.getItems().size() == 3);
        javafx.scene.control.TableColumn<DocumentRow, ?> total = table.getColumns().stream()
                .filter(c -> c.getText().equals("Total")).findFirst().orElseThrow();
        Money sum = Money.ZERO;
        for (int i = 0; i < table.getItems().size(); i++) {
            Money cell = (Money) total.getCellData(i);
            if (table.getItems().get(i).kind() == com.orderdesk.logic.invoicing.print.DocumentKind.CREDIT_MEMO) {
                assertThat(cell).as("the credit memo's total").isEqualTo(Money.of("-7.87"));
            }
            sum = sum.plus(cell);
        }
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo("Total " + money(sum));
    }
}
