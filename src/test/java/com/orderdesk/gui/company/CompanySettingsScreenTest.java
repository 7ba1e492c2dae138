package com.orderdesk.gui.company;

import static com.orderdesk.gui.company.CompanyScreen.message;
import static com.orderdesk.gui.company.CompanyScreen.retype;
import static com.orderdesk.gui.company.CompanyScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.application.company.TestLogos;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.invoicing.InvoicingAsUsers;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import com.orderdesk.reporting.DocumentRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator types the company's new name, remit-to, terms and mail domains, chooses a logo
 * (previewed), is refused bad terms with what was typed kept, saves, and the next invoice printed
 * shows the name, the remit-to and the logo.
 */
@ExtendWith(ApplicationExtension.class)
class CompanySettingsScreenTest {
    @TempDir
    static Path dir;
    private static InvoicingFixture fx;
    private static SignedInUser admin;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();

    /** The book is made before the window (on a busy machine it takes longer than TestFX waits for a window). */
    @BeforeAll
    static void book() throws Exception {
        fx = new InvoicingFixture(Files.createDirectories(dir.resolve("book")));
        admin = fx.book.admin();
    }

    @AfterAll
    static void closeBook() {
        fx.book.db.close();
    }

    @Start
    void start(Stage stage) {
        CompanyScreen.show(screen, stage, fx.book.services().companySettings(), admin, 1200, 760);
    }

    @Test
    void theSettingsSavedAreOnTheNextInvoice(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#companyName").queryAs(TextField.class);
        waitUntil(() -> name.getText().equals("Northwind Supply Co."));
        waitUntil(() -> robot.lookup("#logoPreview").queryAs(ImageView.class).getImage() != null); // Order Desk's own logo

        retype(robot, "#companyName", "Acme Industrial Supply");
        retype(robot, "#remitToName", "Acme Industrial Supply - Receivables");
        retype(robot, "#remitToAddress", "P.O. Box 7781");
        robot.type(KeyCode.ENTER).write("Tulsa, OK 74101-7781");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#remitToAddress").queryAs(TextArea.class).isFocused()).as("Tab leaves the address").isFalse();
        retype(robot, "#defaultTerms", "thirty days");
        retype(robot, "#mailDomains", "@acme-industrial.example, Mail.Acme-Industrial.example");

        // a logo file, chosen and previewed before anything is stored
        Path logo = dir.resolve("acme-logo.png");
        byte[] png = TestLogos.png(360, 90, "Acme");
        Files.write(logo, png);
        screen.dialogs.fileToOpen = logo;
        robot.clickOn("#chooseLogoButton");
        waitUntil(() -> robot.lookup("#logoDescription").queryAs(Label.class).getText().startsWith("acme-logo.png: PNG"));
        ImageView preview = robot.lookup("#logoPreview").queryAs(ImageView.class);
        waitUntil(() -> preview.getImage() != null && preview.getImage().getWidth() == 320);

        // bad terms: refused with the reason, everything typed kept, nothing stored
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> message(robot).startsWith("Not saved"));
        assertThat(message(robot)).contains("Default payment terms");
        assertThat(name.getText()).isEqualTo("Acme Industrial Supply");
        assertThat(fx.book.services().companySettings().load(admin).settings().name()).isEqualTo("Northwind Supply Co.");

        retype(robot, "#defaultTerms", "2/10 net 30");
        retype(robot, "#companyReason", "new trading name after the merger");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> screen.lastMessage().startsWith("Company settings saved"));
        waitUntil(() -> robot.lookup("#logoDescription").queryAs(Label.class).getText().endsWith("stored in the book."));

        CompanySettingsUseCases.Current stored = fx.book.services().companySettings().load(admin);
        assertThat(stored.settings().defaultPaymentTerms()).isEqualTo("2/10 NET 30");
        assertThat(stored.settings().mailDomains()).containsExactly("acme-industrial.example", "mail.acme-industrial.example");
        assertThat(stored.logo().bytes()).isEqualTo(png);
        assertThat(fx.book.services().auditTrail().find(admin, AuditQuery.all())).filteredOn(e -> e.action()
                .equals(CompanySettingsUseCases.SETTINGS_CHANGE)).singleElement().extracting(AuditEntry::reason)
                .isEqualTo("new trading name after the merger");

        // the next invoice printed
        InvoicingAsUsers invoicing = fx.service();
        invoicing.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3)), "ar1");
        DocumentRenderer renderer = fx.book.services().renderer();
        Path pdf = renderer.exportPdf(renderer.fill(invoicing.document("INV-010001")),
                Path.of("target", "screens", "invoice-with-company-settings.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Acme Industrial Supply", "Acme Industrial Supply - Receivables", "P.O. Box 7781",
                    "Tulsa, OK 74101-7781").doesNotContain("Northwind Supply Co.");
            PDResources resources = doc.getPage(0).getResources();
            boolean logoPrinted = false;
            for (COSName n : resources.getXObjectNames()) {
                if (resources.getXObject(n) instanceof PDImageXObject image && image.getWidth() == 360 && image.getHeight() == 90) {
                    logoPrinted = true;
                }
            }
            assertThat(logoPrinted).as("the 360 x 90 logo is an image on the first page").isTrue();
        }
    }
}
