package com.orderdesk.application.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.logic.company.LogoReader;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Company settings: an administrator changes them (audited, only what changed, before and after),
 * the next document printed anywhere shows them, the logo's bytes live in the book, other features
 * read the default terms and mail domains, and nothing bad is stored.
 */
class CompanySettingsUseCasesTest {
    @TempDir
    Path dir;
    TestBook book;
    CompanySettingsUseCases company;
    SignedInUser admin;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        company = book.services().companySettings();
        admin = book.admin();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private static CompanySettings with(CompanySettings s, String name, String terms, List<String> domains) {
        return new CompanySettings(name, s.address(), s.remitToName(), s.remitToAddress(), s.contactLine(), s.taxId(),
                s.bankLine(), terms, domains, s.ediQualifier(), s.ediId());
    }

    private String stored() {
        return book.db.read(s -> s.createNativeQuery("SELECT setting_key || '=' || setting_value FROM company_setting"
                + " ORDER BY setting_key", String.class).getResultList().toString()
                + s.createNativeQuery("SELECT count(*) FROM company_logo", Object.class).getSingleResult()
                + s.createNativeQuery("SELECT count(*) FROM audit_entry", Object.class).getSingleResult());
    }

    private void refusedUnchanged(String message, ThrowingCallable action) {
        String before = stored();
        assertThatThrownBy(action).hasMessageContaining(message);
        assertThat(stored()).as("settings and trail after the refusal").isEqualTo(before);
    }

    @Test
    void theDemoCompanyIsWhatANewBookHasWithNet30AndTheDemoDomain() {
        CompanySettingsUseCases.Current now = company.load(admin);
        assertThat(now.settings().name()).isEqualTo("Northwind Supply Co.");
        assertThat(now.settings().remitToAddress()).containsExactly("P.O. Box 4410", "Dallas, TX 75244-4410");
        assertThat(now.logo()).isNull();
        CompanyDefaults defaults = book.services().companyDefaults();
        assertThat(defaults.defaultPaymentTerms(book.clerk())).isEqualTo("NET 30");
        assertThat(defaults.ownMailDomains()).containsExactly("northwind-supply.example");
        assertThat(defaults.isOwnAddress("Pat Lee <pat@Northwind-Supply.example>")).isTrue();
        assertThat(defaults.isOwnAddress("orders@acme.example")).isFalse();
        assertThat(company.profile().logoResource()).isEqualTo(CompanyProfile.DEFAULT_LOGO);
    }

    @Test
    void aChangeIsAuditedWithWhatChangedAndPrintedNextTimeWithoutARestart() {
        CompanyProfile before = book.services().renderer().company();
        CompanySettingsUseCases.Current opened = company.load(admin);
        byte[] logo = TestLogos.png(320, 80, "Acme");

        boolean saved = company.save(admin, opened, with(opened.settings(), "Acme Industrial Supply", "2/10 net 30",
                CompanySettings.domains("@acme-industrial.example, Acme-Industrial.example; mail.acme-industrial.example")),
                LogoChange.replace(logo), "new trading name after the merger");

        assertThat(saved).isTrue();
        CompanyProfile printed = book.services().renderer().company();
        assertThat(printed).isNotEqualTo(before);
        assertThat(printed.name()).isEqualTo("Acme Industrial Supply");
        assertThat(printed.logoImage().bytes()).isEqualTo(logo);
        assertThat(printed.address()).isEqualTo(before.address());
        CompanyDefaults defaults = book.services().companyDefaults();
        assertThat(defaults.defaultPaymentTerms(book.clerk())).isEqualTo("2/10 NET 30");
        assertThat(defaults.ownMailDomains()).containsExactly("acme-industrial.example", "mail.acme-industrial.example");

        AuditEntry entry = book.services().auditTrail().find(admin, AuditQuery.all()).stream()
                .filter(e -> e.action().equals(CompanySettingsUseCases.SETTINGS_CHANGE)).findFirst().orElseThrow();
        assertThat(entry.user()).isEqualTo("admin");
        assertThat(entry.reason()).isEqualTo("new trading name after the merger");
        Map<String, String> was = AuditValues.parse(entry.before());
        Map<String, String> now = AuditValues.parse(entry.after());
        assertThat(was).containsEntry(CompanySettings.NAME, "Northwind Supply Co.")
                .containsEntry(CompanySettings.DEFAULT_TERMS, "NET 30").containsEntry("logo", "Order Desk logo (none stored)")
                .doesNotContainKey(CompanySettings.ADDRESS);
        assertThat(now).containsEntry(CompanySettings.NAME, "Acme Industrial Supply")
                .containsEntry(CompanySettings.MAIL_DOMAINS, "acme-industrial.example,mail.acme-industrial.example");
        assertThat(now.get("logo")).startsWith("PNG, " + logo.length + " bytes, sha256 ");
        assertThat(book.services().auditTrail().verify(admin, p -> { }, () -> false).problems()).isEmpty();

        // saving again what is stored changes nothing and writes nothing
        CompanySettingsUseCases.Current again = company.load(admin);
        String unchanged = stored();
        assertThat(company.save(admin, again, again.settings(), LogoChange.replace(logo), "")).isFalse();
        assertThat(stored()).isEqualTo(unchanged);
    }

    @Test
    void anotherDeskSharingTheBookPrintsTheNewCompanyOnItsNextBatch() {
        try (AppServices otherDesk = AppServices.over(Database.open(DatabaseConfig.sqlite(dir.resolve("book.db"))), TestBook.TAX,
                TestBook.CLOCK, TestBook.KEY_ITERATIONS)) {
            assertThat(otherDesk.renderer().company().name()).isEqualTo("Northwind Supply Co.");
            CompanySettingsUseCases.Current opened = company.load(admin);
            company.save(admin, opened, with(opened.settings(), "Northwind Supply LLC", "NET 30", List.of()),
                    LogoChange.replace(TestLogos.greenSvg()), null);

            CompanyProfile there = otherDesk.renderer().company();
            assertThat(there.name()).isEqualTo("Northwind Supply LLC");
            assertThat(new String(there.logoImage().bytes(), StandardCharsets.UTF_8)).contains("Green");
            assertThat(otherDesk.companyDefaults().ownMailDomains()).isEmpty();

            company.save(admin, company.load(admin), company.load(admin).settings(), LogoChange.USE_DEFAULT, "back to ours");
            assertThat(otherDesk.renderer().company().logoImage()).isNull();
            assertThat(otherDesk.renderer().company().logoResource()).isEqualTo(CompanyProfile.DEFAULT_LOGO);
        }
    }

    @Test
    void twoAdministratorsChangingTheSameFieldDoNotOverwriteEachOther() {
        SignedInUser second = book.user("nadia", com.orderdesk.model.security.Role.ADMINISTRATOR);
        CompanySettingsUseCases.Current mine = company.load(admin);
        CompanySettingsUseCases.Current theirs = company.load(second);
        company.save(second, theirs, with(theirs.settings(), "Northwind Supply LLC", "NET 30",
                theirs.settings().mailDomains()), LogoChange.KEEP, null);

        refusedUnchanged("Another desk changed Company name", () -> company.save(admin, mine,
                with(mine.settings(), "Northwind Supply Inc.", "NET 45", mine.settings().mailDomains()), LogoChange.KEEP, null));

        // a field the other desk did not touch is saved, and theirs stays
        company.save(admin, mine, with(mine.settings(), mine.settings().name(), "NET 45", mine.settings().mailDomains()),
                LogoChange.KEEP, null);
        assertThat(company.load(admin).settings().name()).isEqualTo("Northwind Supply LLC");
        assertThat(company.load(admin).settings().defaultPaymentTerms()).isEqualTo("NET 45");
    }

    @Test
    void badSettingsAndLogosAreRefusedWithTheirReasonAndNothingStored() {
        CompanySettingsUseCases.Current opened = company.load(admin);
        CompanySettings ok = opened.settings();
        refusedUnchanged("Company name", () -> company.save(admin, opened, with(ok, " ", "NET 30", List.of()), LogoChange.KEEP, null));
        refusedUnchanged("Default payment terms", () -> company.save(admin, opened, with(ok, "X", "thirty days", List.of()),
                LogoChange.KEEP, null));
        refusedUnchanged("\"acme\" is not a domain", () -> company.save(admin, opened,
                with(ok, "X", "NET 30", CompanySettings.domains("acme")), LogoChange.KEEP, null));
        refusedUnchanged("neither a PNG nor an SVG", () -> company.save(admin, opened, ok,
                LogoChange.replace("GIF89a not really".getBytes(StandardCharsets.US_ASCII)), null));
        refusedUnchanged("PNG file cannot be read", () -> company.save(admin, opened, ok,
                LogoChange.replace(java.util.Arrays.copyOf(TestLogos.png(200, 60, "Cut"), 60)), null));
        refusedUnchanged("at least 16 pixels", () -> company.save(admin, opened, ok, LogoChange.replace(TestLogos.png(40, 10, "")), null));
        refusedUnchanged("at most 1024 KB", () -> company.save(admin, opened, ok,
                LogoChange.replace(new byte[LogoReader.MAX_BYTES + 1]), null));
        refusedUnchanged("refers to http://example.com/logo.png", () -> company.save(admin, opened, ok,
                LogoChange.replace(TestLogos.svg("<image xlink:href=\"http://example.com/logo.png\" width=\"10\" height=\"10\"/>")), null));
        refusedUnchanged("<script>", () -> company.save(admin, opened, ok,
                LogoChange.replace(TestLogos.svg("<script>alert(1)</script><rect width=\"9\" height=\"9\"/>")), null));
        refusedUnchanged("not well-formed", () -> company.save(admin, opened, ok,
                LogoChange.replace("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect".getBytes(StandardCharsets.UTF_8)), null));
        refusedUnchanged("declares entities", () -> company.save(admin, opened, ok, LogoChange.replace(("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"10\" height=\"10\"><text>&x;</text></svg>").getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    void onlyAnAdministratorSeesOrChangesTheSettings() {
        CompanySettingsUseCases.Current opened = company.load(admin);
        for (SignedInUser other : List.of(book.clerk(), book.manager(), book.arClerk())) {
            refusedUnchanged("may not change application settings", () -> company.load(other));
            refusedUnchanged("may not change application settings", () -> company.save(other, opened,
                    with(opened.settings(), "Mallory Ltd", "NET 30", List.of()), LogoChange.KEEP, "takeover"));
            assertThatThrownBy(() -> company.load(other)).isInstanceOf(NotAuthorizedException.class);
        }
    }

    @Test
    void aNewCustomersTermsAreReadOnlyForWhoMayAddCustomers() {
        CompanyDefaults defaults = book.services().companyDefaults();
        assertThat(defaults.defaultPaymentTerms(admin)).isEqualTo("NET 30");
        for (SignedInUser other : List.of(book.manager(), book.arClerk())) {
            assertThatThrownBy(() -> defaults.defaultPaymentTerms(other)).isInstanceOf(NotAuthorizedException.class)
                    .hasMessageContaining("may not add or change customers");
        }
    }
}
