package com.orderdesk.application.cash;

import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.cash.desk.BankFiles;
import com.orderdesk.logic.cash.intake.BankCsvMapping;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.cash.BankCsvLayout;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bank CSV layouts a person mapped at the cash desk, kept in the book under the file's header row:
 * saving one is audited (before and after), and every import (window and {@code cash import}) reads
 * CSV files with the saved layouts first, then the built-in ones.
 */
final class CashCsvMappings {
    private final UnitOfWork uow;
    private final CashRepository cash;
    private final Clock clock;
    private final AuditRecorder audit;

    CashCsvMappings(UnitOfWork uow, CashRepository cash, Clock clock, AuditRecorder audit) {
        this.uow = uow;
        this.cash = cash;
        this.clock = clock;
        this.audit = audit;
    }

    /** The saved layouts, then the built-in ones: the order a CSV file's header is tried in. */
    List<BankCsvMapping> mappings() {
        List<BankCsvMapping> out = new ArrayList<>();
        uow.read(() -> {
            cash.csvLayouts().forEach(l -> out.add(toMapping(l)));
            return null;
        });
        out.addAll(BankCsvMapping.builtIn());
        return out;
    }

    /** The layout saved for this header, if any (the dialog opens on it to correct it). */
    Optional<BankCsvMapping> savedFor(List<String> header) {
        return uow.read(() -> cash.csvLayout(key(header)).map(CashCsvMappings::toMapping));
    }

    /** Saves (or replaces) the mapping of files with this header; refused with every problem when it cannot read them. */
    void save(SignedInUser actor, List<String> header, BankCsvMapping mapping) {
        List<String> problems = mapping.problems(header);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        uow.write("Saving the CSV layout of " + mapping.name(), () -> {
            String key = key(header);
            Optional<BankCsvLayout> earlier = cash.csvLayout(key);
            String before = earlier.map(l -> AuditValues.json(values(toMapping(l)))).orElse(null);
            BankCsvLayout layout = earlier.orElseGet(() -> new BankCsvLayout(key,
                    CashFileImport.clip(String.join(String.valueOf(mapping.delimiter()), header), 4000)));
            layout.set(CashFileImport.clip(mapping.name().strip(), 100), mapping.delimiter(), mapping.dateColumn(),
                    mapping.datePattern(), mapping.amountColumn(), mapping.creditColumn(), mapping.decimalComma(),
                    mapping.currencyColumn(), mapping.defaultCurrency(), mapping.payerNameColumn(),
                    mapping.payerAccountColumn(), String.join("\n", mapping.referenceColumns()),
                    mapping.bankReferenceColumn(), actor.userName(), clock.instant());
            if (earlier.isEmpty()) {
                cash.add(layout);
            }
            audit.record(actor, AuditEvent.of(actor.userName(), CashActions.CSV_MAPPING, "CSV_MAPPING", mapping.name())
                    .withChange(before, AuditValues.json(values(mapping))));
            return null;
        });
    }

    static String key(List<String> header) {
        return BankFiles.sha256(BankCsvMapping.headerKey(header).getBytes(StandardCharsets.UTF_8));
    }

    static BankCsvMapping toMapping(BankCsvLayout l) {
        List<String> refs = l.referenceColumns() == null || l.referenceColumns().isBlank() ? List.of()
                : List.of(l.referenceColumns().split("\n"));
        return new BankCsvMapping(l.bankName(), l.delimiter(), l.dateColumn(), l.datePattern(), l.amountColumn(),
                l.creditColumn(), l.decimalComma(), l.currencyColumn(), l.defaultCurrency(), l.payerNameColumn(),
                l.payerAccountColumn(), refs, l.bankReferenceColumn());
    }

    private static Map<String, String> values(BankCsvMapping m) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("bank", m.name());
        v.put("delimiter", m.delimiter() == '\t' ? "TAB" : String.valueOf(m.delimiter()));
        v.put("date", m.dateColumn() + " (" + m.datePattern() + ")");
        v.put("amount", m.amountColumn().isEmpty() ? "credit column " + m.creditColumn() : m.amountColumn());
        v.put("decimalComma", String.valueOf(m.decimalComma()));
        v.put("currency", m.currencyColumn().isEmpty() ? m.defaultCurrency() : "column " + m.currencyColumn());
        v.put("payerName", m.payerNameColumn());
        v.put("payerAccount", m.payerAccountColumn());
        v.put("remittance", String.join(", ", m.referenceColumns()));
        v.put("bankReference", m.bankReferenceColumn());
        return v;
    }
}
