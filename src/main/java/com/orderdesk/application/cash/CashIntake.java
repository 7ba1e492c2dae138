package com.orderdesk.application.cash;

import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.cash.desk.BankFiles;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.ChequeRules;
import com.orderdesk.logic.cash.desk.DedupKeys;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.ImportBatch;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.cash.RemittanceLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.security.SignedInUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Brings money into the book: bank and lockbox files (all or nothing, no duplicates) and hand-typed cheques. */
final class CashIntake {
    private final UnitOfWork uow;
    private final CashRepository cash;
    private final Clock clock;
    private final AuditRecorder audit;

    CashIntake(UnitOfWork uow, CashRepository cash, Clock clock, AuditRecorder audit) {
        this.uow = uow;
        this.cash = cash;
        this.clock = clock;
        this.audit = audit;
    }

    ImportOutcome importFile(Path file, SignedInUser user, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(List.of(name + ": file not found (" + file + ")"));
        } catch (IOException e) {
            throw new ImportException(List.of(name + ": cannot be read: " + e.getMessage()));
        }
        progress.accept(0.05);
        BankFiles.Parsed parsed = BankFiles.parse(name, bytes);
        progress.accept(0.3);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        List<String> keys = DedupKeys.of(parsed.payments());
        try {
            return uow.write("Importing " + name, () -> store(name, file, parsed, keys, user, progress, cancelled));
        } catch (DuplicateFile e) {
            throw new ImportException(List.of(e.getMessage()));
        }
    }

    /** Signals a refused import out of the transaction (rolled back), turned into an ImportException. */
    private static final class DuplicateFile extends RuntimeException {
        DuplicateFile(String message) {
            super(message);
        }
    }

    private ImportOutcome store(String name, Path file, BankFiles.Parsed parsed, List<String> keys,
                                SignedInUser actor, DoubleConsumer progress, BooleanSupplier cancelled) {
        String user = actor.userName();
        java.util.Optional<ImportBatch> earlier = cash.batchWithHash(parsed.sha256());
        if (earlier.isPresent()) {
            ImportBatch b = earlier.get();
            throw new DuplicateFile(name + ": this file was already imported (as " + b.fileName() + ", by "
                    + b.importedBy() + ", " + b.paymentCount() + " payments); nothing was imported again.");
        }
        Set<String> known = cash.knownKeys(keys);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!known.contains(keys.get(i))) {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            throw new DuplicateFile(name + ": all " + keys.size() + " transactions in this file were already imported"
                    + " from another file; nothing was imported again.");
        }
        Money total = Money.ZERO;
        for (int i : fresh) {
            total = total.plus(Money.of(parsed.payments().get(i).payment().amount()));
        }
        ImportBatch batch = new ImportBatch(name, parsed.sha256(), parsed.format(), clock.instant(), user,
                fresh.size(), keys.size() - fresh.size(), total);
        cash.add(batch);
        List<String> numbers = cash.nextPaymentNumbers(fresh.size());
        int done = 0;
        for (int i : fresh) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            ImportedPayment ip = parsed.payments().get(i);
            var p = ip.payment();
            CashPayment payment = new CashPayment(numbers.get(done), parsed.format(), p.receivedDate(),
                    Money.of(p.amount()), p.currency().isBlank() ? "USD" : p.currency(), blankToNull(p.payerName()),
                    keys.get(i), user, clock.instant());
            String[] account = splitAccount(p.payerAccount());
            payment.setBankDetails(account[0], account[1], null);
            payment.setReference(blankToNull(p.reference()));
            payment.setSource(batch, file.toAbsolutePath().toString(), ip.line(), blankToNull(ip.bankReference()), null);
            cash.add(payment);
            if (++done % 50 == 0) {
                progress.accept(0.3 + 0.7 * done / fresh.size());
            }
        }
        audit.record(actor, AuditEvent.of(user, CashActions.CASH_IMPORT, "IMPORT_BATCH", name)
                .withChange(null, AuditValues.json(Map.of("format", parsed.format().name(), "payments", fresh.size(),
                        "skipped", keys.size() - fresh.size(), "total", total.toString(), "sha256", parsed.sha256()))));
        progress.accept(1.0);
        return new ImportOutcome(name, parsed.format().name(), fresh.size(), keys.size() - fresh.size(), total.amount());
    }

    CashPayment enterCheque(ChequeInput c, SignedInUser actor) {
        String user = actor.userName();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = ChequeRules.check(c, today);
        if (!problems.isEmpty()) {
            throw new StoreException("The cheque was not stored: " + String.join(" ", problems.values()));
        }
        String key = DedupKeys.cheque(c.routing(), c.account(), c.chequeNo());
        return uow.write("Entering the cheque", () -> {
            List<CashPayment> same = cash.paymentsWithKey(key);
            if (!same.isEmpty()) {
                throw new StoreException("Cheque " + c.chequeNo().strip() + " from account " + c.account().strip()
                        + " is already entered as " + same.get(0).number() + "; it was not entered twice.");
            }
            CashPayment p = new CashPayment(cash.nextPaymentNumbers(1).get(0), PaymentKind.CHEQUE, c.date(),
                    Money.of(c.amount()), "USD", c.payerName().strip(), key, user, clock.instant());
            p.setBankDetails(c.routing().strip(), c.account().strip(), c.chequeNo().strip());
            p.setReference(referenceText(c.stub()));
            p.setSource(null, null, null, null, blankToNull(c.stubImage()));
            for (ChequeInput.StubLine l : c.stub()) {
                p.remittance().add(new RemittanceLine(blankToNull(l.invoiceRef()),
                        l.amount() == null ? null : Money.of(l.amount()), blankToNull(l.note())));
            }
            cash.add(p);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("amount", p.amount().toString());
            after.put("payer", p.payerName());
            after.put("cheque", p.chequeNo());
            audit.record(actor, AuditEvent.of(user, CashActions.CHEQUE_ENTRY, CashActions.PAYMENT, p.number())
                    .withChange(null, AuditValues.json(after)));
            return p;
        });
    }

    /** The stub's lines as one remittance text, the way the matching engine reads remittance. */
    static String referenceText(List<ChequeInput.StubLine> stub) {
        List<String> parts = new ArrayList<>();
        for (ChequeInput.StubLine l : stub) {
            StringBuilder sb = new StringBuilder();
            if (l.invoiceRef() != null && !l.invoiceRef().isBlank()) {
                sb.append(l.invoiceRef().strip());
            }
            if (l.amount() != null) {
                sb.append(sb.length() > 0 ? " " : "").append(l.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            }
            if (l.note() != null && !l.note().isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(l.note().strip());
            }
            parts.add(sb.toString());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    static String[] splitAccount(String routingColonAccount) {
        if (routingColonAccount == null || !routingColonAccount.contains(":")) {
            return new String[] {null, null};
        }
        int i = routingColonAccount.indexOf(':');
        return new String[] {routingColonAccount.substring(0, i), routingColonAccount.substring(i + 1)};
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
