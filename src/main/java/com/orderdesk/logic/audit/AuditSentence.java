package com.orderdesk.logic.audit;

import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.model.security.Role;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An audit entry told as a sentence for the audit viewer: "Order SO-100001 released from credit
 * hold. Status changed from credit hold to released." instead of the stored
 * {@code status=CREDIT_HOLD, value=1200.00}. The stored values stay as they are (they are sealed);
 * only the reading changes. Actions this class does not know are read as words of their code, so a
 * new action is never shown as nothing.
 */
public final class AuditSentence {
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry(AuditActions.SIGN_IN, "signed in"),
            Map.entry(AuditActions.SIGN_IN_FAILED, "could not sign in"),
            Map.entry(AuditActions.SIGN_IN_THROTTLED, "was made to wait before signing in again"),
            Map.entry(AuditActions.SIGN_IN_REFUSED_TAMPERED, "was refused: the book's audit trail is not intact"),
            Map.entry(AuditActions.BOOK_SEALED, "sealed"),
            Map.entry(AuditActions.USER_ADD, "added"),
            Map.entry(AuditActions.USER_ROLE_CHANGE, "given other roles"),
            Map.entry(AuditActions.USER_ACTIVE_CHANGE, "activated or deactivated"),
            Map.entry(AuditActions.USER_PASSWORD_RESET, "had the password reset"),
            Map.entry(AuditActions.USER_PASSWORD_CHANGE, "changed the password"),
            Map.entry(AuditActions.CREDIT_CHECK_PASS, "passed the credit check"),
            Map.entry(AuditActions.CREDIT_CHECK_HOLD, "put on credit hold"),
            Map.entry(AuditActions.CREDIT_RELEASE, "released from credit hold"),
            Map.entry(AuditActions.CREDIT_REJECT, "rejected by credit"),
            Map.entry(AuditActions.CREDIT_KEEP, "kept on credit hold"),
            Map.entry(AuditActions.CREDIT_LIMIT_CHANGE, "given a new credit limit or risk class"),
            Map.entry(AuditActions.MANUAL_HOLD_ON, "put on manual hold"),
            Map.entry(AuditActions.MANUAL_HOLD_OFF, "taken off manual hold"),
            Map.entry(AuditActions.CREDIT_REVIEW, "given a credit review"),
            Map.entry("ORDER_SAVE", "saved"),
            Map.entry("ORDER_CANCEL", "cancelled"),
            Map.entry("ORDER_ROUTED", "routed"),
            Map.entry("ROUTING_OVERRIDE", "routed by hand (plan overridden)"),
            Map.entry("ROUTING_SETTINGS_CHANGE", "changed"),
            Map.entry("SHIPMENT_RELEASED", "released to the warehouse"),
            Map.entry("SHIPMENT_CONFIRMED", "confirmed as shipped"),
            Map.entry("SHORT_PICK", "short-picked"),
            Map.entry("STOCK_RELEASED", "had its stock given back"),
            Map.entry("INVOICE_ISSUE", "issued"),
            Map.entry("CREDIT_MEMO_ISSUE", "issued"),
            Map.entry("DOCUMENT_PRINT", "printed"),
            Map.entry("CASH_IMPORT", "imported"),
            Map.entry("CASH_MATCH", "matched"),
            Map.entry("CASH_APPLY", "applied"),
            Map.entry("CASH_REVERSE", "reversed"),
            Map.entry("CHEQUE_ENTRY", "entered"),
            Map.entry("CASH_CSV_MAPPING", "mapped (bank CSV columns)"),
            Map.entry("CASE_OPEN", "opened"),
            Map.entry("CASE_ASSIGN", "assigned"),
            Map.entry("CASE_STATUS", "given a new status"),
            Map.entry("CASE_RECLASSIFY", "reclassified"),
            Map.entry("CASE_NOTE", "given a note"),
            Map.entry("CASE_RESOLVE", "resolved"),
            Map.entry("CASE_REVERSE", "reversed"),
            Map.entry("CASE_CLOSE", "closed"),
            Map.entry("CASE_WITHDRAW", "withdrawn"),
            Map.entry("RETURN_AUTHORIZE", "authorized"),
            Map.entry("RETURN_RECEIVE", "received"),
            Map.entry("RETURN_CANCEL", "cancelled"));
    /** Document types whose code is no word a reader says ("Rma RMA-100009" read as a typo). */
    private static final Map<String, String> TYPE_WORDS = Map.of("RMA", "return");
    /** Values under these keys are amounts of money. */
    private static final Pattern MONEY_KEY = Pattern.compile(
            "(?i).*(total|value|cost|limit|amount|applied|balance|exposure|discount|deduction|paid|promised)$");
    /** A stored day ("2026-11-30"), said as the screens say days ("Nov 30, 2026"). */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A stored code or a list of them: "CREDIT_HOLD", "OVER_LIMIT,PAST_DUE", "ORDER_CLERK". */
    private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9_]*(, ?[A-Z][A-Z0-9_]*)*");
    /** Keys whose values are codes even without an underscore ("RELEASED", "PHONE"). */
    private static final Pattern CODE_KEY = Pattern.compile("(?i)status|outcome|reasons?|channel|format|riskClass|roles?|state");

    private AuditSentence() {
    }

    /** What happened, in sentences: the act on the document, then what changed. */
    public static String of(AuditEntry e) {
        if ("WRITE_OFF_LIMIT".equals(e.action())) {
            return writeOffLimit(e);
        }
        if (AuditActions.USER_ACTIVE_CHANGE.equals(e.action())) {
            // "switched off", the administrator's word on the Users screen, not "Active changed from yes to no"
            boolean on = Boolean.parseBoolean(AuditValues.parse(e.after()).get("active"));
            return act(e).replace("activated or deactivated", on ? "switched on again" : "switched off");
        }
        if ("ROUTING_SETTINGS_CHANGE".equals(e.action())) {
            return settingsChange("Routing settings changed.", e.before(), e.after());
        }
        if (e.action().startsWith("PROMISE_")) {
            return promise(e);
        }
        StringBuilder sb = new StringBuilder(act(e));
        Map<String, String> after = new java.util.LinkedHashMap<>(AuditValues.parse(e.after()));
        // an outcome the act already says is not said twice ("User admin signed in. Outcome signed in.")
        String done = DONE.getOrDefault(e.action(), words(e.action()));
        after.entrySet().removeIf(a -> a.getKey().equalsIgnoreCase("outcome") && value(a.getKey(), a.getValue()).equals(done));
        String change = change(AuditValues.parse(e.before()), after);
        if (!change.isEmpty()) {
            sb.append(' ').append(change);
        }
        return sb.toString();
    }

    /**
     * A promise to pay as the collector would say it: "Customer C-10001 broke a promise to pay $8,000.00
     * by Nov 30, 2026: $7,069.06 came in." The generic reading said "Paid 7069.06; status broken; promised
     * was 8000.00; by was 2026-11-30" (the entry keeps what was promised as before, what came as after).
     */
    private static String promise(AuditEntry e) {
        Map<String, String> before = AuditValues.parse(e.before());
        Map<String, String> after = AuditValues.parse(e.after());
        String customer = capital(TYPE_WORDS.getOrDefault(e.documentType(), words(e.documentType())) + " "
                + Objects.requireNonNullElse(e.documentId(), "")).strip();
        return switch (e.action()) {
            case "PROMISE_TO_PAY" -> customer + " promised to pay " + value("amount", after.get("amount")) + " by "
                    + value("by", after.get("by")) + ".";
            case "PROMISE_KEPT", "PROMISE_BROKEN" -> customer + ("PROMISE_KEPT".equals(e.action()) ? " kept" : " broke")
                    + " a promise to pay " + value("promised", before.get("promised")) + " by " + value("by", before.get("by"))
                    + ": " + cameIn(after.get("paid")) + ".";
            default -> act(e) + (change(before, after).isEmpty() ? "" : " " + change(before, after));
        };
    }

    private static String cameIn(String paid) {
        return paid == null || !NUMBER.matcher(paid).matches() || new BigDecimal(paid).signum() == 0 ? "nothing came in"
                : value("paid", paid) + " came in";
    }

    /**
     * "Write-off limit set to $500.00 for dora (was none)." rather than the generic "User dora write
     * off limit. Limit changed from ...": the user is the one whose limit it is, not the actor. A
     * limit of zero lets the user write off nothing, so it reads as none.
     */
    private static String writeOffLimit(AuditEntry e) {
        String after = AuditValues.parse(e.after()).get("limit");
        String before = AuditValues.parse(e.before()).get("limit");
        String was = " (was " + limit(before) + ").";
        return limit(after).equals("none") ? "Write-off limit taken away from " + e.documentId() + was
                : "Write-off limit set to " + limit(after) + " for " + e.documentId() + was;
    }

    /**
     * The parts of a settings text ("DC-ATL 2.50/0.20/2000 1d; ...; penalty 25.00", one part per node,
     * zone or service, named by its first word) that changed, each with what it was; the whole texts
     * stay in the entry.
     */
    private static String settingsChange(String act, String before, String after) {
        Map<String, String> was = parts(before);
        List<String> changed = new ArrayList<>();
        parts(after).forEach((name, now) -> {
            String old = was.remove(name);
            if (!now.equals(old)) {
                changed.add(old == null ? now + " (new)" : now + " (was " + old + ")");
            }
        });
        was.values().forEach(gone -> changed.add(gone + " (removed)"));
        return changed.isEmpty() ? act : act + " " + String.join("; ", changed) + ".";
    }

    private static Map<String, String> parts(String text) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String part : (text == null ? "" : text).split("; ")) {
            if (!part.isBlank()) {
                byName.put(part.strip().split(" ", 2)[0], part.strip());
            }
        }
        return byName;
    }

    private static String limit(String stored) {
        return stored == null || !NUMBER.matcher(stored).matches() || new BigDecimal(stored).signum() == 0 ? "none"
                : value("limit", stored);
    }

    /** "Order SO-100001 put on credit hold." or, with no document, "Signed in." */
    static String act(AuditEntry e) {
        String done = DONE.getOrDefault(e.action(), words(e.action()));
        String subject = e.documentType() == null || e.documentType().isBlank() ? ""
                : TYPE_WORDS.getOrDefault(e.documentType(), words(e.documentType())) + (e.documentId() == null || e.documentId().isBlank() ? "" : " " + e.documentId());
        return capital(subject.isEmpty() ? done : subject + " " + done) + ".";
    }

    /** "Status changed from credit hold to released; value $1,200.00." (keys in stored order). */
    static String change(Map<String, String> before, Map<String, String> after) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> a : after.entrySet()) {
            String key = a.getKey();
            if (before.containsKey(key)) {
                String was = before.get(key);
                if (!Objects.equals(was, a.getValue())) {
                    parts.add(words(key) + " changed from " + value(key, was) + " to " + value(key, a.getValue()));
                }
            } else {
                parts.add(words(key) + " " + value(key, a.getValue()));
            }
        }
        for (Map.Entry<String, String> b : before.entrySet()) {
            if (!after.containsKey(b.getKey())) {
                parts.add(words(b.getKey()) + " was " + value(b.getKey(), b.getValue()));
            }
        }
        return parts.isEmpty() ? "" : capital(String.join("; ", parts)) + ".";
    }

    static String value(String key, String v) {
        if (v == null || v.isBlank()) {
            return "none";
        }
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return Boolean.parseBoolean(v) ? "yes" : "no";
        }
        if (ISO_DATE.matcher(v).matches()) {
            try {
                return ReadableDates.format(LocalDate.parse(v));
            } catch (DateTimeParseException noDay) {
                return v; // "2026-13-45" as stored: the entry says what was written
            }
        }
        if (MONEY_KEY.matcher(key).matches() && NUMBER.matcher(v).matches()) {
            BigDecimal amount = new BigDecimal(v);
            DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
            return (amount.signum() < 0 ? "-$" : "$") + f.format(amount.abs());
        }
        if (key.equalsIgnoreCase("roles") && CODES.matcher(v).matches()) {
            return roles(v);
        }
        // stored codes (CREDIT_HOLD, "OVER_LIMIT,PAST_DUE") read as words; numbers and names as stored
        if (CODES.matcher(v).matches() && (v.contains("_") || CODE_KEY.matcher(key).matches())) {
            return v.replace('_', ' ').replaceAll(", ?", ", ").toLowerCase(Locale.ROOT);
        }
        return v;
    }

    /** "ORDER_CLERK,AR_CLERK" as the Users screen says them: "order clerk, AR clerk" (it read "ar clerk"). */
    private static String roles(String stored) {
        List<String> said = new ArrayList<>();
        for (String code : stored.split(", ?")) {
            try {
                said.add(Role.valueOf(code).phrase());
            } catch (IllegalArgumentException notARole) {
                said.add(words(code));
            }
        }
        return String.join(", ", said);
    }

    /** "CREDIT_MEMO" and "creditLimit" as words: "credit memo", "credit limit". */
    static String words(String code) {
        if (code == null) {
            return "";
        }
        String spaced = code.contains("_") || code.equals(code.toUpperCase(Locale.ROOT)) ? code.replace('_', ' ')
                : code.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
