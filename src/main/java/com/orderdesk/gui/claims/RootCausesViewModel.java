package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.ClaimUseCases;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.logic.security.SignedInUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The root-cause view: amounts and counts by one dimension over a period, and its CSV export. */
public final class RootCausesViewModel {
    private final ClaimUseCases claims;
    private final Supplier<SignedInUser> user;

    public RootCausesViewModel(ClaimUseCases claims, Supplier<SignedInUser> user) {
        this.claims = claims;
        this.user = user;
    }

    public List<RootCauses.Row> rows(LocalDate from, LocalDate to, RootCauses.Dimension by) {
        return claims.rootCauses(user.get(), from, to, by);
    }

    /** Writes the rows as CSV (plain decimals with a point, so a spreadsheet in any locale reads them). */
    public static void export(Path file, LocalDate from, LocalDate to, RootCauses.Dimension by, List<RootCauses.Row> rows) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader(by.label().toLowerCase().replace(' ', '_'), "name", "cases", "amount", "valid", "share_percent",
                             "period_from", "period_to").get())) {
            for (RootCauses.Row r : rows) {
                csv.printRecord(r.key(), r.label(), r.cases(), r.amount().amount().toPlainString(),
                        r.valid().amount().toPlainString(), r.share().amount().toPlainString(), from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
