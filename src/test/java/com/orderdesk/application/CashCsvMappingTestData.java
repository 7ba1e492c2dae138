package com.orderdesk.application;

import com.orderdesk.logic.cash.intake.BankCsvMapping;
import java.util.List;

/** A credit union's CSV export the desk has no built-in layout for, and the mapping a person gives it. */
public final class CashCsvMappingTestData {
    /** A credit-union export: semicolons, decimal commas, separate debit and credit columns, day-first dates. */
    public static final String EXPORT = """
            Buchung;Valuta;Auftraggeber;Konto;Verwendung;Soll;Haben;Ref
            26.11.2026;26.11.2026;ACME JANITORIAL SUPPLY INC;021000021:555001;INV-000101;;490,00;TX-1
            26.11.2026;26.11.2026;Bank fee;;Monthly fee;12,50;;TX-2
            26.11.2026;26.11.2026;Portland Public Schools;;Rechnung 201;;250,00;TX-3
            """;
    public static final List<String> HEADER = List.of("Buchung", "Valuta", "Auftraggeber", "Konto", "Verwendung", "Soll", "Haben",
            "Ref");

    public static BankCsvMapping mapping(String bank) {
        return new BankCsvMapping(bank, ';', "Buchung", "dd.MM.yyyy", "", "Haben", true, "", "USD", "Auftraggeber", "Konto",
                List.of("Verwendung"), "Ref");
    }


    private CashCsvMappingTestData() {
    }
}
