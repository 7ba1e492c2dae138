package com.orderdesk.logic.cash.intake;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the booked credits of an ISO 20022 camt.053 bank statement, or of a camt.054 debit/credit
 * notification (same entries), as payments. Any version (001.02 to
 * 001.13: elements are matched by name, so Dbtr/Nm and Dbtr/Pty/Nm, TxDtls/Amt and
 * AmtDtls/TxAmt/Amt are all understood) as payments: one per transaction (TxDtls), with the
 * debtor's name and account and the remittance (referred document numbers and amounts, free text).
 *
 * <p>Why StAX and not Prowide pw-iso20022: its jar alone is 54 MB (every ISO 20022 message, plus
 * pw-swift-core and a JAXB runtime) for the two dozen elements read here; the JDK's streaming
 * reader needs no dependency, reads any camt.053 version alike, and gives the line of every
 * element for located errors. External entities and DTDs are refused (no XXE).
 *
 * <p>All or nothing: every problem found is listed with its line, and then nothing is imported.
 */
public final class CamtParser {
    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final List<CamtEntry> entries = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private CamtEntry entry;
    private CamtEntry.Tx tx;
    private String amountCurrency;
    private int amountLine;
    private boolean sawStatement;
    private String message = "";
    private String version = "";
    /** The message's or statement's creation date: the date of a credit the bank gave no date. */
    private LocalDate createdOn;
    /** Problems listed before the current entry: an entry with its own problem gets no follow-up ones. */
    private int problemsBeforeEntry;

    private static final java.util.regex.Pattern CAMT = java.util.regex.Pattern.compile("(camt\\.05[234])\\.(\\d{3}\\.\\d{2})");

    private CamtParser(String fileName) {
        this.fileName = fileName;
    }

    /**
     * What a camt file holds.
     *
     * @param message "camt.052", "camt.053" or "camt.054"
     * @param version the message version, e.g. "001.08"
     */
    public record Result(String message, String version, List<ImportedPayment> payments) {
    }

    public static List<ImportedPayment> parse(String fileName, InputStream in) throws ImportException {
        return read(fileName, factory -> factory.createXMLStreamReader(in)).payments();
    }

    /** Reads decoded XML text (the encoding was settled by the bytes, see {@link TextDecoder}). */
    public static Result read(String fileName, String xml) throws ImportException {
        return read(fileName, factory -> factory.createXMLStreamReader(new StringReader(xml)));
    }

    private interface Source {
        XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException;
    }

    private static Result read(String fileName, Source source) throws ImportException {
        CamtParser p = new CamtParser(fileName);
        p.read(source);
        if (p.problems.isEmpty() && !p.sawStatement) {
            p.problem(1, "no report (Rpt), statement (Stmt) or notification (Ntfctn) in the file");
        }
        for (CamtEntry e : p.entries) {
            if (e.isBookedCredit() && e.date() == null && p.createdOn == null) {
                p.problem(e.line, "a credit without a booking or value date in a message without a creation date");
            }
        }
        if (!p.problems.isEmpty()) {
            throw new ImportException(p.problems);
        }
        List<ImportedPayment> out = new ArrayList<>();
        for (CamtEntry e : p.entries) {
            if (e.isBookedCredit()) {
                out.addAll(e.payments(fileName, p.createdOn));
            }
        }
        return new Result(p.message, p.version, List.copyOf(out));
    }

    private void problem(int line, String what) {
        problems.add(fileName + ":" + line + ": " + what);
    }

    private void read(Source source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = null;
        try {
            r = source.open(factory);
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(r);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> end(r.getLocation().getLineNumber());
                    default -> {
                    }
                }
            }
        } catch (StopReading e) {
            // the reason is listed; nothing after it can be trusted
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            problem(line, "malformed XML: " + e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the problem, if any, is already listed
                }
            }
        }
    }

    /** Stops reading a file that is not what it should be. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private void start(XMLStreamReader r) {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        if (path.isEmpty()) {
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            java.util.regex.Matcher m = CAMT.matcher(ns);
            if (!name.equals("Document") || !m.find()) {
                problem(line, "not an ISO 20022 camt.052 report, camt.053 statement or camt.054 notification (root " + name
                        + (ns.isEmpty() ? "" : " in " + ns) + ")");
                throw new StopReading();
            }
            message = m.group(1);
            version = m.group(2);
        }
        path.push(name);
        text.setLength(0);
        switch (name) {
            case "Stmt", "Ntfctn", "Rpt" -> sawStatement = true;
            case "Ntry" -> {
                entry = new CamtEntry(line);
                problemsBeforeEntry = problems.size();
            }
            case "TxDtls" -> {
                if (entry != null) {
                    tx = new CamtEntry.Tx(line);
                    entry.transactions.add(tx);
                }
            }
            case "Amt", "RmtdAmt" -> {
                amountCurrency = r.getAttributeValue(null, "Ccy");
                amountLine = line;
            }
            default -> {
            }
        }
    }

    private void end(int line) {
        String name = path.pop();
        String value = text.toString().trim();
        text.setLength(0);
        String parent = path.peek();
        if (entry == null) {
            if (name.equals("CreDtTm") && createdOn == null && !value.isEmpty()) {
                createdOn = date(value, line);
            }
            return;
        }
        if (tx != null) {
            endInTransaction(name, parent, value, line);
        } else {
            endInEntry(name, parent, value, line);
        }
        if (name.equals("TxDtls")) {
            tx = null;
        } else if (name.equals("Ntry")) {
            finishEntry(entry);
            entries.add(entry);
            entry = null;
        }
    }

    private void endInEntry(String name, String parent, String value, int line) {
        switch (name) {
            case "Amt" -> {
                if ("Ntry".equals(parent)) {
                    entry.amount = amount(value);
                    entry.currency = currency();
                }
            }
            case "CdtDbtInd" -> entry.creditDebit = creditDebit(value, line);
            case "RvslInd" -> entry.reversal = value.equalsIgnoreCase("true");
            case "Sts" -> {
                if (!value.isEmpty()) {
                    entry.status = value;
                }
            }
            case "Cd" -> {
                if ("Sts".equals(parent)) {
                    entry.status = value;
                }
            }
            case "Dt", "DtTm" -> {
                if ("BookgDt".equals(parent)) {
                    entry.bookingDate = date(value, line);
                } else if ("ValDt".equals(parent)) {
                    entry.valueDate = date(value, line);
                }
            }
            case "AcctSvcrRef" -> {
                if ("Ntry".equals(parent)) {
                    entry.bankReference = value;
                }
            }
            case "AddtlNtryInf" -> entry.additional = value;
            default -> {
            }
        }
    }

    private void endInTransaction(String name, String parent, String value, int line) {
        switch (name) {
            case "Amt" -> {
                if ("TxDtls".equals(parent) || "TxAmt".equals(parent) || ("InstdAmt".equals(parent) && tx.amount == null)) {
                    tx.amount = amount(value);
                    tx.currency = currency();
                }
            }
            case "CdtDbtInd" -> tx.creditDebit = creditDebit(value, line);
            case "EndToEndId" -> tx.endToEndId = "NOTPROVIDED".equals(value) ? "" : value;
            case "AcctSvcrRef" -> tx.bankReference = value;
            case "Nm" -> {
                if (within("RltdPties") && within("UltmtDbtr")) {
                    tx.ultimateDebtorName = value;
                } else if (within("RltdPties") && within("Dbtr")) {
                    tx.debtorName = value;
                }
            }
            case "IBAN" -> {
                if (within("DbtrAcct")) {
                    tx.debtorAccount = value.replace(" ", "");
                }
            }
            case "Id" -> {
                if (within("DbtrAcct") && "Othr".equals(parent)) {
                    tx.debtorAccount = value.replace(" ", "");
                }
            }
            case "MmbId" -> {
                if (within("DbtrAgt")) {
                    tx.debtorAgent = value;
                }
            }
            case "BIC", "BICFI" -> {
                if (within("DbtrAgt") && tx.debtorAgent.isEmpty()) {
                    tx.debtorAgent = value;
                }
            }
            case "Ustrd" -> tx.unstructured.add(value);
            case "Nb" -> {
                if ("RfrdDocInf".equals(parent) && !value.isEmpty()) {
                    tx.documents.add(new RemittanceItem(value, null, ""));
                }
            }
            case "RmtdAmt", "DuePyblAmt" -> {
                BigDecimal a = amount(value);
                int last = tx.documents.size() - 1;
                if (a != null && last >= 0 && tx.documents.get(last).amount() == null) {
                    tx.documents.set(last, new RemittanceItem(tx.documents.get(last).reference(), a, ""));
                }
            }
            case "Ref" -> {
                if ("CdtrRefInf".equals(parent)) {
                    tx.unstructured.add(value);
                }
            }
            case "AddtlTxInf" -> tx.additional = value;
            default -> {
            }
        }
    }

    /** Entry-level checks once the whole entry is read. */
    private void finishEntry(CamtEntry e) {
        if (problems.size() > problemsBeforeEntry) {
            return; // what follows would only repeat the problem already listed
        }
        if (e.amount == null) {
            problem(e.line, "entry without an amount (Amt)");
        }
        if (e.creditDebit == null) {
            problem(e.line, "entry without a credit/debit indicator (CdtDbtInd)");
        }
        // Booking and value date are both optional (camt.054 often has neither): a credit without
        // them is dated by the message's creation, checked once the whole file is read.
        if (!e.isBookedCredit() || e.amount == null || e.transactions.size() < 2) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CamtEntry.Tx t : e.transactions) {
            if (t.amount == null) {
                problem(t.line, "one of several transactions of the entry on line " + e.line + " has no amount");
                return;
            }
            if (!e.currency.equals(t.currency)) {
                problem(t.line, "a transaction in " + t.currency + " inside an entry booked in " + e.currency
                        + " (line " + e.line + "): its share of the entry is not known");
                return;
            }
            sum = sum.add(t.amount);
        }
        if (sum.compareTo(e.amount) != 0) {
            problem(e.line, "the transactions add up to " + sum.toPlainString() + ", the entry is " + e.amount.toPlainString());
        }
    }

    private boolean within(String element) {
        for (Iterator<String> it = path.iterator(); it.hasNext();) {
            if (it.next().equals(element)) {
                return true;
            }
        }
        return false;
    }

    private BigDecimal amount(String value) {
        if (!value.matches("\\d{1,15}(\\.\\d{1,5})?")) {
            problem(amountLine, "amount \"" + value + "\" is not a positive decimal amount");
            return null;
        }
        BigDecimal a = new BigDecimal(value);
        if (a.stripTrailingZeros().scale() > 2) {
            problem(amountLine, "amount \"" + value + "\" has fractions of a cent");
            return null;
        }
        return a.setScale(2);
    }

    private String currency() {
        if (amountCurrency == null || !amountCurrency.matches("[A-Z]{3}")) {
            problem(amountLine, "amount without a currency (Ccy=\"" + (amountCurrency == null ? "" : amountCurrency) + "\")");
            return "";
        }
        return amountCurrency;
    }

    private String creditDebit(String value, int line) {
        if (!value.equals("CRDT") && !value.equals("DBIT")) {
            problem(line, "credit/debit indicator \"" + value + "\" is neither CRDT nor DBIT");
            return null;
        }
        return value;
    }

    private LocalDate date(String value, int line) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problem(line, "date \"" + value + "\" is not an ISO date");
            return null;
        }
    }
}
