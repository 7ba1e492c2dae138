package com.orderdesk.application.simulation;

import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.kpi.SettlementKind;
import com.orderdesk.logic.simulation.Bai2File;
import com.orderdesk.logic.simulation.LedgerRecorder;
import com.orderdesk.logic.simulation.Policies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Invoicing and the money coming in. The AR clerk issues the invoices of the day's shipments; each
 * customer decides when it will pay (its {@link com.orderdesk.logic.simulation.Payer} habits); on
 * each business day the bank's BAI2 file of that day's credits is imported through the cash desk,
 * matched (the engine, or the exact-reference rule), and what was not applied automatically the
 * AR clerk applies as the customer meant it: a person's touch. A few customers pay short for damaged
 * goods: posted as a deduction, which the cash desk opens as a claims case.
 */
final class Receivables {
    /** The share of invoices a customer pays short, keeping back a few dollars for damaged goods (a deduction case). */
    static final int DEDUCTION_PERCENT = 3;

    private final SimulationParts parts;
    private final LedgerRecorder ledger;
    private final SimulationCounts counts;
    private final Policies.Matching matching;
    private final Path bankFolder;
    private final Map<String, SimulatedCustomer> byNumber = new HashMap<>();
    private final Map<String, BigDecimal> open = new HashMap<>();
    private final Map<String, LocalDate> issued = new HashMap<>();
    private final TreeMap<LocalDate, List<String>> payOn = new TreeMap<>();
    private final Map<String, String> customerOfInvoice = new HashMap<>();
    /** The day each invoice not yet paid will be paid (collections may bring it forward). */
    private final Map<String, LocalDate> plannedPay = new HashMap<>();
    private int bankRef = 1;

    private record Credit(SimulatedCustomer customer, Bai2File.Credit bank, List<PostRequest.Line> meant, boolean exactOne) {
    }

    Receivables(SimulationParts parts, SimulatedBusiness business, LedgerRecorder ledger, Policies.Matching matching,
                Path bankFolder, SimulationCounts counts) {
        this.parts = parts;
        this.ledger = ledger;
        this.matching = matching;
        this.bankFolder = bankFolder;
        this.counts = counts;
        business.customers.forEach(c -> byNumber.put(c.number(), c));
    }

    void invoice(LocalDate day, Random r) {
        IssueResult result = parts.invoicing().issueAllShipped(parts.cast().arClerk());
        if (result.issued().isEmpty()) {
            return;
        }
        Set<String> numbers = new HashSet<>(result.issued());
        List<DocumentRow> rows = parts.invoicing().list(parts.cast().arClerk(),
                new DocumentFilter(null, null, null, null, day, day, day, Integer.MAX_VALUE)).rows();
        for (DocumentRow row : rows) {
            if (row.kind() != DocumentKind.INVOICE || !numbers.contains(row.number())) {
                continue;
            }
            BigDecimal total = row.total().amount();
            ledger.invoiced(row.number(), row.customerNumber(), row.issueDate(), row.dueDate(), total);
            counts.invoicesIssued++;
            open.put(row.number(), total);
            issued.put(row.number(), row.issueDate());
            customerOfInvoice.put(row.number(), row.customerNumber());
            SimulatedCustomer c = byNumber.get(row.customerNumber());
            if (c != null) {
                LocalDate pay = c.payer().payDay(row.issueDate(), row.dueDate(), c.terms().discountDays(), r);
                payOn.computeIfAbsent(pay, d -> new ArrayList<>()).add(row.number());
                plannedPay.put(row.number(), pay);
            }
        }
    }

    /**
     * The customer will pay {@code invoiceNo} on {@code day} (a business day) if it meant to pay
     * later: a reminder or a promise brought the payment forward. Returns whether it did.
     */
    boolean payBy(String invoiceNo, LocalDate day) {
        LocalDate planned = plannedPay.get(invoiceNo);
        if (planned == null || !planned.isAfter(day)) {
            return false;
        }
        plannedPay.put(invoiceNo, day);
        payOn.computeIfAbsent(day, d -> new ArrayList<>()).add(invoiceNo);
        return true;
    }

    /** The day's bank file, on business days (a weekend's payments come with Monday's file). */
    void collect(LocalDate day, Random r) {
        if (day.getDayOfWeek().getValue() > 5) {
            return;
        }
        List<String> due = new ArrayList<>();
        while (!payOn.isEmpty() && !payOn.firstKey().isAfter(day)) {
            for (String invoiceNo : payOn.pollFirstEntry().getValue()) {
                // an invoice brought forward by collections is listed on both days: paid once, on the earlier
                if (plannedPay.remove(invoiceNo) != null) {
                    due.add(invoiceNo);
                }
            }
        }
        List<Credit> credits = credits(due, day, r);
        if (credits.isEmpty()) {
            return;
        }
        List<String> paymentNumbers = importFile(credits, day);
        Set<String> ruled = matching == Policies.Matching.ENGINE ? engine(day) : rules(credits, paymentNumbers, day);
        Map<String, DeskPayment> rows = new HashMap<>();
        parts.cash().payments(parts.cast().arClerk(), day).rows().forEach(p -> rows.put(p.number(), p));
        List<DeskPayment> file = new ArrayList<>();
        List<PostRequest> byClerk = new ArrayList<>();
        for (int i = 0; i < credits.size(); i++) {
            DeskPayment p = rows.get(paymentNumbers.get(i));
            if (p == null) {
                throw new IllegalStateException("payment " + paymentNumbers.get(i) + " of " + day + " not on the cash desk");
            }
            file.add(p);
            if (!p.status().posted()) {
                byClerk.add(clerkApplies(p, credits.get(i), day));
            }
        }
        // what the engine left, the AR clerk applies as the customers meant it: one batch for the file
        counts.refusedInBatches += parts.cash().postAll(parts.cast().arClerk(), byClerk).size();
        Map<Long, List<PaymentDetail.Posted>> posted = parts.cash().postedLines(parts.cast().arClerk(),
                file.stream().map(DeskPayment::id).toList());
        for (DeskPayment p : file) {
            boolean auto = p.status().posted() && (p.status() == com.orderdesk.logic.cash.desk.DeskStatus.AUTO_APPLIED
                    || ruled.contains(p.number()));
            counts.paymentsReceived++;
            if (auto) {
                counts.paymentsAuto++;
            } else {
                counts.paymentsByClerk++;
            }
            ledger.paymentReceived(p.number(), day, p.amount().amount(), auto);
            for (PaymentDetail.Posted line : posted.get(p.id())) {
                if (line.invoiceNo() == null) {
                    continue;
                }
                settle(line.invoiceNo(), day, line.applied(), SettlementKind.CASH);
                settle(line.invoiceNo(), day, line.discount(), SettlementKind.DISCOUNT);
                settle(line.invoiceNo(), day, line.deduction(), SettlementKind.DEDUCTION);
            }
        }
    }

    /** A twentieth of what is owed, in whole dollars, at least five and at most half. */
    private static BigDecimal deduction(BigDecimal owed) {
        BigDecimal d = owed.multiply(new BigDecimal("0.05")).setScale(0, java.math.RoundingMode.DOWN).max(new BigDecimal("5"));
        return d.multiply(BigDecimal.valueOf(2)).compareTo(owed) > 0 ? BigDecimal.ZERO : d.setScale(2);
    }

    private void settle(String invoiceNo, LocalDate day, BigDecimal amount, SettlementKind kind) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        ledger.settled(invoiceNo, day, amount, kind);
        open.computeIfPresent(invoiceNo, (k, v) -> v.subtract(amount));
    }

    /** One credit per customer for what it pays today (a payment run pays several invoices at once). */
    private List<Credit> credits(List<String> due, LocalDate day, Random r) {
        Map<String, List<String>> byCustomer = new LinkedHashMap<>();
        for (String invoiceNo : due) {
            BigDecimal left = open.getOrDefault(invoiceNo, BigDecimal.ZERO);
            if (left.signum() > 0) {
                byCustomer.computeIfAbsent(customerOf(invoiceNo), k -> new ArrayList<>()).add(invoiceNo);
            }
        }
        List<Credit> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byCustomer.entrySet()) {
            SimulatedCustomer c = byNumber.get(e.getKey());
            BigDecimal amount = BigDecimal.ZERO;
            List<PostRequest.Line> meant = new ArrayList<>();
            List<String> refs = new ArrayList<>();
            for (String invoiceNo : e.getValue()) {
                BigDecimal left = open.get(invoiceNo);
                BigDecimal discount = c.payer().discount(left, c.terms().discountPercent(), issued.get(invoiceNo),
                        c.terms().discountDays(), day);
                BigDecimal deduction = r.nextInt(100) < DEDUCTION_PERCENT ? deduction(left.subtract(discount)) : BigDecimal.ZERO;
                BigDecimal paid = left.subtract(discount).subtract(deduction);
                amount = amount.add(paid);
                meant.add(new PostRequest.Line(invoiceNo, paid, discount, deduction,
                        deduction.signum() > 0 ? DeductionReason.DAMAGED.name() : null));
                refs.add(c.payer().referenceFor(invoiceNo) + (deduction.signum() > 0 ? " LESS " + deduction + " DAMAGED GOODS" : ""));
            }
            String remittance = refs.stream().distinct().reduce((a, b) -> a + " " + b).orElse("");
            String ref = "SIM" + day.toString().replace("-", "") + "N" + (bankRef++);
            boolean exactOne = meant.size() == 1 && remittance.equals(meant.get(0).invoiceNo())
                    && meant.get(0).discount().signum() == 0 && meant.get(0).deduction().signum() == 0;
            out.add(new Credit(c, new Bai2File.Credit(ref, c.payer().bankName(), amount, remittance), meant, exactOne));
        }
        return out;
    }

    private String customerOf(String invoiceNo) {
        return customerOfInvoice.get(invoiceNo);
    }

    private List<String> importFile(List<Credit> credits, LocalDate day) {
        Path file = bankFolder.resolve("bank-" + day + ".bai");
        try {
            Files.createDirectories(bankFolder);
            Files.writeString(file, Bai2File.write(credits.stream().map(Credit::bank).toList(), day), StandardCharsets.US_ASCII);
            ImportOutcome outcome = parts.cash().importFile(parts.cast().arClerk(), file, p -> { }, () -> false);
            counts.bankFiles++;
            if (outcome.paymentNumbers().size() != credits.size()) {
                throw new IllegalStateException(file + ": " + credits.size() + " credits written, "
                        + outcome.paymentNumbers().size() + " imported");
            }
            return outcome.paymentNumbers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(file + ": the cash desk refused the simulator's bank file: " + e.getMessage(), e);
        }
    }

    private Set<String> engine(LocalDate day) {
        parts.cash().autoMatch(parts.cast().arClerk(), day, p -> { }, () -> false);
        parts.cash().postAllAuto(parts.cast().arClerk(), day, p -> { }, () -> false);
        return Set.of();
    }

    /** The simple rule: a credit whose reference is exactly one open invoice's number, for exactly its open amount. */
    private Set<String> rules(List<Credit> credits, List<String> numbers, LocalDate day) {
        Set<String> ruled = new HashSet<>();
        Map<String, DeskPayment> rows = new HashMap<>();
        parts.cash().payments(parts.cast().arClerk(), day).rows().forEach(p -> rows.put(p.number(), p));
        List<PostRequest> requests = new ArrayList<>();
        Map<Long, String> numberOf = new HashMap<>();
        for (int i = 0; i < credits.size(); i++) {
            Credit c = credits.get(i);
            PostRequest.Line line = c.meant().get(0);
            if (!c.exactOne() || open.getOrDefault(line.invoiceNo(), BigDecimal.ZERO).compareTo(line.applied()) != 0) {
                continue;
            }
            DeskPayment p = rows.get(numbers.get(i));
            long version = parts.cash().detail(parts.cast().arClerk(), p.id()).version();
            requests.add(new PostRequest(p.id(), version, c.customer().number(), List.of(line)));
            numberOf.put(p.id(), p.number());
        }
        Map<Long, String> refused = parts.cash().postAll(parts.cast().arClerk(), requests);
        counts.refusedInBatches += refused.size();
        numberOf.forEach((id, number) -> {
            if (!refused.containsKey(id)) {
                ruled.add(number);
            }
        });
        return ruled;
    }

    /** The AR clerk applies the payment as the customer meant it, as far as those invoices are still open. */
    private PostRequest clerkApplies(DeskPayment p, Credit credit, LocalDate day) {
        PaymentDetail detail = parts.cash().detail(parts.cast().arClerk(), p.id());
        Map<String, BigDecimal> stillOpen = new HashMap<>();
        parts.cash().openInvoices(parts.cast().arClerk(), credit.customer().number(), day)
                .forEach(i -> stillOpen.put(i.invoiceNo(), i.open()));
        List<PostRequest.Line> lines = new ArrayList<>();
        for (PostRequest.Line l : credit.meant()) {
            BigDecimal left = stillOpen.getOrDefault(l.invoiceNo(), BigDecimal.ZERO);
            if (left.signum() <= 0) {
                continue;
            }
            BigDecimal discount = l.discount().min(left);
            BigDecimal deduction = l.deduction().min(left.subtract(discount));
            BigDecimal applied = l.applied().min(left.subtract(discount).subtract(deduction));
            lines.add(new PostRequest.Line(l.invoiceNo(), applied, discount, deduction, deduction.signum() > 0 ? l.reasonCode() : null));
        }
        return new PostRequest(p.id(), detail.version(), credit.customer().number(), lines);
    }
}
