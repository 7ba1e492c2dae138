package com.orderdesk.application.cash;

import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.ChequeRules;
import com.orderdesk.logic.cash.desk.DedupKeys;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.PaymentKind;
import com.orderdesk.model.cash.RemittanceLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Brings hand-typed cheques into the book (files come in through {@link CashFileImport}). */
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
