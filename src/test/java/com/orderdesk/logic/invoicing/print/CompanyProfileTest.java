package com.orderdesk.logic.invoicing.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.reporting.Letterhead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyProfileTest {

    @Test
    void readsTheCompanyFromSettings() {
        Properties p = new Properties();
        p.setProperty("company.name", " Łódź Trading Sp. z o.o. ");
        p.setProperty("company.address", "ul. Piotrkowska 1 | 90-001 Łódź || Poland");
        p.setProperty("company.remitTo.name", "Łódź Trading - AR");
        p.setProperty("company.remitTo.address", "P.O. Box 7|90-950 Łódź");
        p.setProperty("company.bank", "IBAN PL61 1090 1014 0000 0712 1981 2874");
        CompanyProfile c = CompanyProfile.fromProperties(p);
        assertThat(c.name()).isEqualTo("Łódź Trading Sp. z o.o.");
        assertThat(c.address()).containsExactly("ul. Piotrkowska 1", "90-001 Łódź", "Poland");
        assertThat(c.remitTo()).isEqualTo(AddressBlock.of("Łódź Trading - AR", "P.O. Box 7", "90-950 Łódź"));
        assertThat(c.logoResource()).isEqualTo(CompanyProfile.DEFAULT_LOGO);
        assertThat(c.contactLine()).isEmpty();
    }

    @Test
    void remitToDefaultsToTheLetterheadAddress() {
        Properties p = new Properties();
        p.setProperty("company.name", "Acme");
        p.setProperty("company.address", "1 Main St|Springfield");
        assertThat(CompanyProfile.fromProperties(p).remitTo()).isEqualTo(AddressBlock.of("Acme", "1 Main St", "Springfield"));
    }

    @Test
    void aMissingNameIsNamed() {
        assertThatThrownBy(() -> CompanyProfile.fromProperties(new Properties()))
                .hasMessageContaining("company.name is missing");
    }

    @Test
    void aLogoMayBeAFileOfTheCompanysOwn(@TempDir Path dir) throws Exception {
        Path logo = dir.resolve("logo.svg");
        try (var in = CompanyProfile.class.getResourceAsStream(CompanyProfile.DEFAULT_LOGO)) {
            Files.write(logo, in.readAllBytes());
        }
        CompanyProfile own = new CompanyProfile("Own", List.of(), null, null, null, null, logo.toString());
        assertThat(new Letterhead(own).parameters()).containsKey("LOGO").containsEntry("COMPANY_NAME", "Own");
        CompanyProfile missing = new CompanyProfile("Own", List.of(), null, null, null, null, dir.resolve("nope.png").toString());
        assertThatThrownBy(() -> new Letterhead(missing)).hasMessageContaining("is neither on the class path (see assets/branding) nor a file")
                .hasMessageContaining("nope.png");
    }
}
