package com.orderdesk.persistence.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.application.company.LogoChange;
import com.orderdesk.application.company.TestLogos;
import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PostgresSchema;
import com.orderdesk.persistence.TestBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On a shared PostgreSQL book the logo's bytes go into a bytea column and come back the same, and
 * a second desk prints the new company on its next batch. Runs when ORDERDESK_TEST_PG_URL is set.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresCompanySettingsTest {
    PostgresSchema schema;
    TestBook book;

    @BeforeEach
    void setUp() {
        schema = PostgresSchema.create();
        book = TestBook.create(schema.config());
    }

    @AfterEach
    void tearDown() {
        try {
            book.db.close();
        } finally {
            schema.close();
        }
    }

    @Test
    void theLogoIsStoredAsBytesAndTheOtherDeskPrintsItNext() {
        try (AppServices otherDesk = AppServices.over(Database.open(schema.config()), TestBook.TAX, TestBook.CLOCK,
                TestBook.KEY_ITERATIONS)) {
            assertThat(otherDesk.renderer().company().logoImage()).isNull();
            CompanySettingsUseCases company = book.services().companySettings();
            CompanySettingsUseCases.Current opened = company.load(book.admin());
            CompanySettings s = opened.settings();
            byte[] logo = TestLogos.png(400, 100, "Shared");
            company.save(book.admin(), opened, new CompanySettings("Shared Desk Supply", s.address(), s.remitToName(),
                    s.remitToAddress(), s.contactLine(), s.taxId(), s.bankLine(), "NET 45", s.mailDomains(), s.ediQualifier(), s.ediId()),
                    LogoChange.replace(logo), "one book, many desks");

            assertThat(otherDesk.renderer().company().name()).isEqualTo("Shared Desk Supply");
            assertThat(otherDesk.renderer().company().logoImage().bytes()).isEqualTo(logo);
            assertThat(otherDesk.companyDefaults().defaultPaymentTerms(book.clerk())).isEqualTo("NET 45");
            String type = book.db.read(x -> x.createNativeQuery("select data_type from information_schema.columns where"
                    + " table_schema = '" + schema.name() + "' and table_name = 'company_logo' and column_name = 'image'",
                    String.class).getSingleResult());
            assertThat(type).isEqualTo("bytea");
        }
    }
}
