package com.orderdesk.logic.company;

import com.orderdesk.logic.invoicing.PaymentTerms;
import java.net.IDN;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The company's own data as an administrator keeps it: what every invoice prints (name, address,
 * remit-to, contact line, tax id, bank line), the payment terms a new customer starts with, and the
 * company's own mail domains (a mail from one of them is a colleague forwarding an order, not a
 * customer), and the desk's own EDI ID (what partners address their X12 interchanges to, ISA07/ISA08,
 * and what the desk's answers come from). Stored as key/value rows in {@code company_setting} under the keys below, which
 * {@code CompanyProfile.fromProperties} reads for printing; the logo is kept apart (its bytes in
 * {@code company_logo}, its fingerprint under {@link #LOGO_SHA256}).
 *
 * @param address        letterhead lines (street, city, country); stored "|"-separated
 * @param remitToName    who payments go to; blank prints the company's name and address instead
 * @param mailDomains    lower-case ASCII domains without "@", e.g. {@code northwind-supply.example}
 * @param ediQualifier   the EDI ID's qualifier (ISA07 of what partners send), upper case; blank: any (answers go as ZZ)
 * @param ediId          the desk's EDI ID (ISA08 of what partners send); blank: none set, every receiver is taken
 */
public record CompanySettings(String name, List<String> address, String remitToName, List<String> remitToAddress,
                              String contactLine, String taxId, String bankLine, String defaultPaymentTerms,
                              List<String> mailDomains, String ediQualifier, String ediId) {
    public static final String NAME = "company.name";
    public static final String ADDRESS = "company.address";
    public static final String REMIT_TO_NAME = "company.remitTo.name";
    public static final String REMIT_TO_ADDRESS = "company.remitTo.address";
    public static final String CONTACT = "company.contact";
    public static final String TAX_ID = "company.taxId";
    public static final String BANK = "company.bank";
    public static final String DEFAULT_TERMS = "company.defaultTerms";
    public static final String MAIL_DOMAINS = "company.mailDomains";
    /** The keys the inbox's acknowledgments read since issue 12 (hence not under "company."). */
    public static final String EDI_QUALIFIER = "edi.senderQualifier";
    public static final String EDI_ID = "edi.senderId";
    /** The stored logo's SHA-256, type ("png"/"svg") and size: what tells desks the logo changed. */
    public static final String LOGO_SHA256 = "company.logo.sha256";
    public static final String LOGO_TYPE = "company.logo.type";
    public static final String LOGO_BYTES = "company.logo.bytes";

    /** The terms of a new customer when the book names none (what the demo and most distributors use). */
    public static final String FALLBACK_TERMS = "NET 30";
    /** The text keys this record owns, in the form's order. */
    public static final List<String> KEYS = List.of(NAME, ADDRESS, REMIT_TO_NAME, REMIT_TO_ADDRESS, CONTACT, TAX_ID, BANK,
            DEFAULT_TERMS, MAIL_DOMAINS, EDI_QUALIFIER, EDI_ID);

    private static final int MAX_VALUE = 1000; // company_setting.setting_value
    private static final int MAX_NAME = 120;
    private static final int MAX_LINES = 5;
    /** ISA06/ISA08 hold 15 characters; letters, digits, spaces and - . / are safe with every partner's separators. */
    private static final int MAX_EDI_ID = 15;
    private static final Pattern EDI_ID_TEXT = Pattern.compile("[A-Za-z0-9 ./-]+");
    /** ISA05/ISA07: a two-character code of X12's list I05 (01 DUNS, 12 telephone, ZZ mutually defined, ...). */
    private static final Pattern EDI_QUALIFIER_TEXT = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern DOMAIN = Pattern.compile(
            "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.[a-z][a-z0-9-]{0,61}[a-z0-9]");

    public CompanySettings {
        name = text(name);
        address = lines(address);
        remitToName = text(remitToName);
        remitToAddress = lines(remitToAddress);
        contactLine = text(contactLine);
        taxId = text(taxId);
        bankLine = text(bankLine);
        defaultPaymentTerms = text(defaultPaymentTerms);
        mailDomains = mailDomains == null ? List.of() : List.copyOf(mailDomains);
        ediQualifier = text(ediQualifier).toUpperCase(Locale.ROOT);
        ediId = text(ediId);
    }

    /** Reads the stored rows; absent keys read as blank (terms as {@link #FALLBACK_TERMS}). */
    public static CompanySettings fromProperties(Properties p) {
        String terms = p.getProperty(DEFAULT_TERMS);
        return new CompanySettings(p.getProperty(NAME), split(p.getProperty(ADDRESS)), p.getProperty(REMIT_TO_NAME),
                split(p.getProperty(REMIT_TO_ADDRESS)), p.getProperty(CONTACT), p.getProperty(TAX_ID), p.getProperty(BANK),
                terms == null || terms.isBlank() ? FALLBACK_TERMS : terms, domains(p.getProperty(MAIL_DOMAINS)),
                p.getProperty(EDI_QUALIFIER), p.getProperty(EDI_ID));
    }

    /**
     * The domains in a typed list: separated by commas, semicolons, blanks or new lines, a leading
     * "@" dropped, lower-cased, international names in their ASCII (punycode) form, each once.
     * A name that cannot be a domain is kept as typed, for {@link #problems()} to name.
     */
    public static List<String> domains(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : typed.split("[,;\\s]+")) {
            String d = part.strip();
            if (d.startsWith("@")) {
                d = d.substring(1);
            }
            if (d.endsWith(".")) {
                d = d.substring(0, d.length() - 1);
            }
            if (d.isEmpty()) {
                continue;
            }
            try {
                d = IDN.toASCII(d, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException notADomain) {
                // kept as typed: problems() says what is wrong with it
            }
            out.add(d.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** What is wrong, one sentence per problem naming the field; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("Company name: it is printed on every invoice; type the company's legal or trading name.");
        } else if (name.length() > MAX_NAME) {
            problems.add("Company name: at most " + MAX_NAME + " characters (it has " + name.length() + ").");
        }
        checkLines("Address", address, problems);
        checkLines("Remit-to address", remitToAddress, problems);
        if (remitToName.isEmpty() && !remitToAddress.isEmpty()) {
            problems.add("Remit-to name: a remit-to address needs the name payments are made out to.");
        }
        checkText("Remit-to name", remitToName, problems);
        checkText("Contact line", contactLine, problems);
        checkText("Tax id", taxId, problems);
        checkText("Bank line", bankLine, problems);
        try {
            PaymentTerms.parse(defaultPaymentTerms);
        } catch (IllegalArgumentException e) {
            problems.add("Default payment terms: " + e.getMessage() + ".");
        }
        for (String d : mailDomains) {
            if (!DOMAIN.matcher(d).matches() || d.length() > 253) {
                problems.add("Mail domains: \"" + d + "\" is not a domain; type the part after the @, e.g. northwind-supply.example.");
            }
        }
        if (String.join(",", mailDomains).length() > MAX_VALUE) {
            problems.add("Mail domains: at most " + MAX_VALUE + " characters in all.");
        }
        ediProblems(problems);
        return problems;
    }

    private void ediProblems(List<String> problems) {
        if (ediId.length() > MAX_EDI_ID) {
            problems.add("EDI ID: at most " + MAX_EDI_ID + " characters (it has " + ediId.length() + "): the ISA header has room for 15.");
        }
        if (!ediId.isEmpty() && !EDI_ID_TEXT.matcher(ediId).matches()) {
            String bad = ediId.replaceAll("[A-Za-z0-9 ./-]", "").substring(0, 1);
            problems.add("EDI ID: \"" + bad + "\" cannot be in it (partners' files may use it to separate values); use letters,"
                    + " digits, spaces and - . / only.");
        }
        if (!ediQualifier.isEmpty() && !EDI_QUALIFIER_TEXT.matcher(ediQualifier).matches()) {
            problems.add("EDI qualifier: two letters or digits from X12's list, e.g. ZZ (mutually defined), 01 (DUNS) or 12"
                    + " (telephone); leave it blank to take any.");
        }
        if (ediId.isEmpty() && !ediQualifier.isEmpty()) {
            problems.add("EDI ID: a qualifier needs the ID it qualifies; type the ID partners send to, or clear the qualifier.");
        }
    }

    /** The rows to store (key to value; a blank value is no row), terms in their printed form. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(NAME, name);
        v.put(ADDRESS, String.join("|", address));
        v.put(REMIT_TO_NAME, remitToName);
        v.put(REMIT_TO_ADDRESS, String.join("|", remitToAddress));
        v.put(CONTACT, contactLine);
        v.put(TAX_ID, taxId);
        v.put(BANK, bankLine);
        v.put(DEFAULT_TERMS, canonicalTerms(defaultPaymentTerms));
        v.put(MAIL_DOMAINS, String.join(",", mailDomains));
        v.put(EDI_QUALIFIER, ediQualifier);
        v.put(EDI_ID, ediId);
        v.replaceAll((k, value) -> value.isEmpty() ? null : value);
        return v;
    }

    /** "2/10 net 30" as printed ("2/10 NET 30"); text that is not terms is left as typed. */
    public static String canonicalTerms(String terms) {
        try {
            return PaymentTerms.parse(terms).code();
        } catch (IllegalArgumentException e) {
            return terms == null ? "" : terms.strip();
        }
    }

    private static void checkLines(String field, List<String> lines, List<String> problems) {
        if (lines.size() > MAX_LINES) {
            problems.add(field + ": at most " + MAX_LINES + " lines (it has " + lines.size() + ").");
        }
        if (lines.stream().anyMatch(l -> l.contains("|"))) {
            problems.add(field + ": a line cannot contain \"|\" (it separates the lines in the book).");
        }
        checkText(field, String.join("|", lines), problems);
    }

    private static void checkText(String field, String value, List<String> problems) {
        if (value.length() > MAX_VALUE) {
            problems.add(field + ": at most " + MAX_VALUE + " characters (it has " + value.length() + ").");
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> lines(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Lines of a typed block (one per line) or of a stored value ("|"-separated). */
    public static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
