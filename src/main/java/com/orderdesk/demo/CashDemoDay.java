package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.cash.CashRepository;
import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.logic.cash.desk.DedupKeys;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.CustomerBankAccount;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.cash.RemittanceLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.persistence.CurrentSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A day's incoming money for the demo book, so the cash desk has work on first start: cheques and
 * bank credits against the open demo invoices, some exact, some paying several invoices, some
 * short with a deduction note, some short without saying which invoice (left for a person to
 * confirm), some with typos in the reference, some from payers nobody knows.
 * Then the engine runs once over them.
 */
public final class CashDemoDay {
    private final UnitOfWork uow;
    private final CashRepository cash;
    private final CashUseCases desk;
    private final SignedInUser arClerk;
    private final Clock clock;
    private final Random rnd = new Random(20261126L);
    private int line = 3;

    public CashDemoDay(DemoBook.Parts parts, SignedInUser arClerk) {
        this(parts.uow(), parts.cash(), parts.cashDesk(), arClerk, parts.clock());
    }

    /** @param arClerk the demo AR clerk who receives the day's money and runs the matching engine over it */
    public CashDemoDay(UnitOfWork uow, CashRepository cash, CashUseCases desk, SignedInUser arClerk, Clock clock) {
        this.uow = uow;
        this.cash = cash;
        this.desk = desk;
        this.arClerk = arClerk;
        this.clock = clock;
    }

    /** Adds the day when the book has open invoices and no payments yet; returns how many payments. */
    public int fillIfEmpty() {
        long payments = uow.read(() -> CurrentSession.get().createSelectionQuery("select count(p) from CashPayment p", Long.class)
                .getSingleResult());
        if (payments > 0) {
            return 0;
        }
        int n = uow.write("Writing the demo cash day", this::write);
        if (n > 0) {
            desk.autoMatch(arClerk, LocalDate.now(clock), p -> { }, () -> false);
        }
        return n;
    }

    private int write() {
        List<Invoice> open = CurrentSession.get().createSelectionQuery("from Invoice i join fetch i.customer where i.status = :open"
                + " order by i.issueDate, i.number", Invoice.class).setParameter("open", InvoiceStatus.OPEN).getResultList();
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, List<Invoice>> byCustomer = new LinkedHashMap<>();
        open.forEach(i -> byCustomer.computeIfAbsent(i.customer().id(), k -> new ArrayList<>()).add(i));
        List<List<Invoice>> books = new ArrayList<>(byCustomer.values());
        java.util.Collections.shuffle(books, rnd);
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        int k = 0;
        for (List<Invoice> invoices : books) {
            if (count >= 36) {
                break;
            }
            Customer c = invoices.get(0).customer();
            String[] account = account(c.id());
            int kind = k++ % 9;
            boolean knownAccount = kind < 6 || kind == 8;
            if (knownAccount) {
                cash.add(new CustomerBankAccount(c, account[0], account[1]));
            }
            Invoice first = invoices.get(0);
            switch (kind) {
                case 0, 1 -> cheque(c, account, first.openAmount(), today, line(first.number(), first.openAmount(), null));
                case 2 -> bank(c.name().toUpperCase(java.util.Locale.ROOT), account, first.openAmount(), today,
                        "INV " + first.number().replace("INV-", "").replaceFirst("^0+", ""));
                case 3 -> {
                    if (invoices.size() >= 2) {
                        Invoice second = invoices.get(1);
                        cheque(c, account, first.openAmount().plus(second.openAmount()), today,
                                line(first.number(), first.openAmount(), null), line(second.number(), second.openAmount(), null));
                    } else {
                        bank(c.name(), account, first.openAmount(), today, "");
                    }
                }
                case 4 -> {
                    Money short_ = first.openAmount().times(new BigDecimal("0.05")).max(Money.of("5.00")).min(first.openAmount().times(new BigDecimal("0.5")));
                    short_ = Money.of(short_.amount().setScale(0, RoundingMode.DOWN));
                    Money paid = first.openAmount().minus(short_);
                    cheque(c, account, paid, today, line(first.number(), paid, "less " + short_ + " damaged goods"));
                }
                case 5 -> bank(c.name(), account, first.openAmount(), today,
                        first.number().replace('0', 'O').replaceFirst("INV-", "INV"));
                // a shortened name from an unknown account, no remittance: a person must confirm
                case 6 -> bank(shortName(c.name()), account, first.openAmount(), today, "");
                case 7 -> bank(c.name(), account, invoices.size() >= 2 ? first.openAmount().plus(invoices.get(1).openAmount())
                        : first.openAmount(), today, "PAYMENT THANK YOU");
                default -> {
                    Money part = Money.of(first.openAmount().amount().multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN));
                    bank(c.name(), account, part.isPositive() ? part : first.openAmount(), today, "ON ACCOUNT");
                }
            }
            count++;
        }
        // a customer pays two invoices short without saying which: the engine spreads the shortfall,
        // and says that is a guess, so a person confirms it (SUGGESTED)
        int guesses = 0;
        for (List<Invoice> invoices : books.subList(Math.min(books.size(), k), books.size())) {
            if (guesses >= 3 || invoices.size() < 2) {
                continue;
            }
            Customer c = invoices.get(0).customer();
            String[] account = account(c.id());
            cash.add(new CustomerBankAccount(c, account[0], account[1]));
            Invoice first = invoices.get(0);
            Invoice second = invoices.get(1);
            Money both = first.openAmount().plus(second.openAmount());
            Money shortBy = Money.of("12.50").min(both.times(new BigDecimal("0.1")));
            bank(c.name(), account, both.minus(shortBy), today, first.number() + " " + second.number());
            guesses++;
            count++;
        }
        // money nobody can place: unknown payers, no remittance
        String[] strangers = {"J. R. HOLLOWAY", "NORTHWIND TRADING CO", "BLUE RIVER HOLDINGS", "M. KOWALSKI"};
        for (String payer : strangers) {
            bank(payer, new String[] {"091000019", String.valueOf(40000000 + rnd.nextInt(999999))},
                    Money.ofCents(5000 + rnd.nextInt(400000)), today, "");
            count++;
        }
        return count;
    }

    private static String shortName(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2 ? words[0] + " " + words[1].charAt(0) + "." : name;
    }

    private static RemittanceLine line(String ref, Money amount, String note) {
        return new RemittanceLine(ref, amount, note);
    }

    private String[] account(long customerId) {
        String[] routings = {"021000021", "026009593", "011000138", "121000248", "071000013"};
        return new String[] {routings[(int) (customerId % routings.length)], String.valueOf(7000000L + customerId * 37)};
    }

    private void cheque(Customer c, String[] account, Money amount, LocalDate day, RemittanceLine... stub) {
        String chequeNo = String.valueOf(1000 + rnd.nextInt(9000));
        CashPayment p = new CashPayment(cash.nextPaymentNumbers(1).get(0), PaymentKind.CHEQUE, day, amount,
                "USD", c.name(), DedupKeys.cheque(account[0], account[1], chequeNo), arClerk.userName(), clock.instant());
        p.setBankDetails(account[0], account[1], chequeNo);
        List<String> text = new ArrayList<>();
        for (RemittanceLine l : stub) {
            p.remittance().add(l);
            text.add(l.invoiceRef() + (l.amount() == null ? "" : " " + l.amount()) + (l.note() == null ? "" : " " + l.note()));
        }
        p.setReference(String.join("; ", text));
        cash.add(p);
    }

    private void bank(String payer, String[] account, Money amount, LocalDate day, String reference) {
        String ref = "LBX" + (100000 + line);
        CashPayment p = new CashPayment(cash.nextPaymentNumbers(1).get(0), PaymentKind.BAI2, day, amount,
                "USD", payer, "demo|" + ref, arClerk.userName(), clock.instant());
        p.setBankDetails(account[0], account[1], null);
        p.setReference(reference.isBlank() ? null : reference);
        p.setSource(null, "demo-lockbox-" + day + ".bai", line, ref, null);
        line += 2;
        cash.add(p);
    }
}
