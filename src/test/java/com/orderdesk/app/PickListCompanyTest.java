package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.application.company.LogoChange;
import com.orderdesk.gui.fulfillment.PickListPdf;
import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.SampleDocuments;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wired as the application runs: a pick list carries the company as the book holds it, as an invoice does. */
class PickListCompanyTest {
    @TempDir
    Path dir;

    @Test
    void aPickListPrintedAfterTheCompanyWasRenamedCarriesTheNewName() throws Exception {
        TestBook book = TestBook.create(dir);
        try (AppServices services = book.services()) {
            CompanySettingsUseCases company = services.companySettings();
            CompanySettingsUseCases.Current opened = company.load(book.admin());
            CompanySettings s = opened.settings();
            assertThat(s.name()).isNotEqualTo("Acme Industrial Supply");
            company.save(book.admin(), opened, new CompanySettings("Acme Industrial Supply", s.address(), s.remitToName(),
                    s.remitToAddress(), s.contactLine(), s.taxId(), s.bankLine(), s.defaultPaymentTerms(), s.mailDomains(),
                    s.ediQualifier(), s.ediId()),
                    LogoChange.KEEP, "new trading name");

            PickListPdf pickLists = FulfillmentArea.pickLists(services, dir.resolve("pick-lists"));
            Path pdf = pickLists.write(SampleDocuments.pickList(new Random(1), 3));

            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("Acme Industrial Supply").doesNotContain(CompanyProfile.demo().name());
            }
        }
    }
}
