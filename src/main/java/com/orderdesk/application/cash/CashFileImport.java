package com.orderdesk.application.cash;

import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.cash.desk.BankFiles;
import com.orderdesk.logic.cash.desk.DedupKeys;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.intake.BankCsvMapping;
import com.orderdesk.logic.cash.intake.BankFile;
import com.orderdesk.logic.cash.intake.BankFileReader;
import com.orderdesk.logic.cash.intake.BankFormat;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.logic.cash.intake.RemittanceItem;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.ImportBatch;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.cash.RemittanceLine;
import com.orderdesk.model.common.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Bank and remittance files into the book, the same way for the window and the {@code cash import}
 * command: every format {@link BankFileReader} recognises, each file all or nothing, and every
 * transaction already in the book (by its {@link DedupKeys identity}) skipped, so importing a file
 * twice, or a camt.054 and then the day's statement, adds nothing the second time.
 */
final class CashFileImport {
    /** A payment whose file names no currency is kept as ISO 4217's "no currency" and never matched as USD. */
    static final String NO_CURRENCY = Money.NO_CURRENCY;

    private final UnitOfWork uow;
    private final CashRepository cash;
    private final Clock clock;
    private final AuditRecorder audit;

    CashFileImport(UnitOfWork uow, CashRepository cash, Clock clock, AuditRecorder audit) {
        this.uow = uow;
        this.cash = cash;
        this.clock = clock;
        this.audit = audit;
    }

    /** A file read whole and checked, not yet stored. */
    record ReadFile(String name, Path path, BankFile bank, String sha256, List<String> keys) {
    }

    /** Reads and checks a file without touching the book; every problem is in the exception, located. */
    static ReadFile read(Path file, List<BankCsvMapping> csvMappings) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(List.of(name + ": is a folder, not a file (give one bank file)"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(List.of(name + ": file not found (" + file + ")"));
        } catch (IOException e) {
            throw new ImportException(List.of(name + ": cannot be read: " + FileTrouble.why(file, e)));
        }
        BankFile bank = BankFileReader.read(name, bytes, csvMappings);
        return new ReadFile(name, file, bank, BankFiles.sha256(bytes), DedupKeys.of(bank.payments()));
    }

    ImportOutcome importFile(Path file, List<BankCsvMapping> csvMappings, SignedInUser user, DoubleConsumer progress,
                             BooleanSupplier cancelled) throws ImportException {
        progress.accept(0.05);
        ReadFile read = read(file, csvMappings);
        progress.accept(0.3);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        return store(read, user, progress, cancelled);
    }

    /** Stores one read file in its own unit of work: all its new transactions, or nothing. */
    ImportOutcome store(ReadFile read, SignedInUser user, DoubleConsumer progress, BooleanSupplier cancelled) {
        return uow.write("Importing " + read.name(), () -> storeInUnit(read, user, progress, cancelled));
    }

    private ImportOutcome storeInUnit(ReadFile read, SignedInUser actor, DoubleConsumer progress, BooleanSupplier cancelled) {
        String user = actor.userName();
        List<ImportedPayment> payments = read.bank().payments();
        String format = read.bank().format().name();
        Optional<ImportBatch> earlier = cash.batchWithHash(read.sha256());
        if (earlier.isPresent()) {
            ImportBatch b = earlier.get();
            return new ImportOutcome(read.name(), format, 0, payments.size(), java.math.BigDecimal.ZERO, List.of(), null,
                    "this file was already imported as " + b.fileName() + " by " + b.importedBy() + " (" + b.paymentCount()
                            + " payments)");
        }
        Set<String> known = knownKeys(payments);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < read.keys().size(); i++) {
            if (!known.contains(read.keys().get(i))) {
                fresh.add(i);
            }
        }
        int skipped = payments.size() - fresh.size();
        if (fresh.isEmpty()) {
            return new ImportOutcome(read.name(), format, 0, skipped, java.math.BigDecimal.ZERO, List.of(), null, "");
        }
        PaymentKind kind = kindOf(read.bank().format());
        Money total = Money.ZERO;
        java.time.LocalDate latest = null;
        for (int i : fresh) {
            var p = payments.get(i).payment();
            total = total.plus(Money.of(p.amount()));
            latest = latest == null || p.receivedDate().isAfter(latest) ? p.receivedDate() : latest;
        }
        ImportBatch batch = new ImportBatch(clip(read.name(), 255), read.sha256(), kind, clock.instant(), user, fresh.size(),
                skipped, total);
        cash.add(batch);
        List<String> numbers = cash.nextPaymentNumbers(fresh.size());
        String source = clip(read.path().toAbsolutePath().toString(), 255);
        List<CashPayment> stored = new ArrayList<>(fresh.size());
        for (int i : fresh) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            stored.add(payment(numbers.get(stored.size()), kind, payments.get(i), read.keys().get(i), batch, source, user));
        }
        progress.accept(0.5);
        cash.addImported(batch, stored); // in JDBC batches: one statement per payment was most of a big file's time
        audit.record(actor, AuditEvent.of(user, CashActions.CASH_IMPORT, "IMPORT_BATCH", read.name())
                .withChange(null, AuditValues.json(Map.of("format", format, "payments", fresh.size(),
                        "skipped", skipped, "total", total.toString(), "sha256", read.sha256()))));
        progress.accept(1.0);
        return new ImportOutcome(read.name(), format, fresh.size(), skipped, total.amount(), numbers, latest, "");
    }

    /** The file's keys the book already holds, read with one query over the file's days. */
    private Set<String> knownKeys(List<ImportedPayment> payments) {
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (ImportedPayment ip : payments) {
            java.time.LocalDate d = ip.payment().receivedDate();
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        return first == null ? Set.of() : cash.keysReceivedBetween(first, last);
    }

    private CashPayment payment(String number, PaymentKind kind, ImportedPayment ip, String key, ImportBatch batch,
                                String source, String user) {
        var p = ip.payment();
        String currency = p.currency().isBlank() ? NO_CURRENCY : p.currency().strip();
        CashPayment payment = new CashPayment(number, kind, p.receivedDate(), Money.of(p.amount()), currency,
                clip(blankToNull(p.payerName()), 255), key, user, clock.instant());
        String[] account = CashIntake.splitAccount(p.payerAccount());
        payment.setBankDetails(clip(account[0], 20), clip(account[1], 40), null);
        payment.setReference(clip(blankToNull(p.reference()), 4000));
        payment.setSource(batch, source, ip.line(), clip(blankToNull(ip.bankReference()), 80), null);
        for (RemittanceItem item : ip.remittance()) {
            payment.remittance().add(new RemittanceLine(clip(blankToNull(item.reference()), 40),
                    item.amount() == null ? null : Money.of(item.amount()), clip(blankToNull(item.note()), 255)));
        }
        return payment;
    }

    static PaymentKind kindOf(BankFormat format) {
        return switch (format) {
            case BAI2 -> PaymentKind.BAI2;
            case BTRS -> PaymentKind.BTRS;
            case CAMT_052, CAMT_053, CAMT_054 -> PaymentKind.CAMT;
            case MT940 -> PaymentKind.MT940;
            case MT942 -> PaymentKind.MT942;
            case X12_820 -> PaymentKind.X12_820;
            case CSV -> PaymentKind.CSV;
        };
    }

    /** The columns have fixed widths (PostgreSQL enforces them): longer text keeps its start. */
    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
