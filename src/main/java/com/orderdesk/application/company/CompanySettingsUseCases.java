package com.orderdesk.application.company;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.logic.company.LogoReader;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.LogoImage;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The company settings: read and changed by administrators (audited with before and after of what
 * changed), printed on every document, and read by other features through {@link CompanyDefaults}.
 *
 * <p>Printing asks {@link #profile()} for every batch. It reads the settings rows each time (a
 * dozen short rows) and builds a new profile only when they differ from the last read; the logo's
 * bytes are read again only when its fingerprint changed. So a change made here, or on another
 * desk sharing a PostgreSQL book, is on the next document printed anywhere, without a restart.
 */
public final class CompanySettingsUseCases implements CompanyDefaults {
    public static final String SETTINGS_CHANGE = "COMPANY_SETTINGS_CHANGE";
    public static final String DOCUMENT_TYPE = "SETTINGS";
    public static final String DOCUMENT_ID = "company";
    private static final String LOGO = "logo";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final CompanySettingsRepository settings;
    private final LogoReader logos;
    private final AuditRecorder audit;
    private volatile Printed printed;

    /** The settings as an administrator opened them: the text and the book's own logo, if any. */
    public record Current(CompanySettings settings, LogoImage logo, String logoType) {
        public String logoFingerprint() {
            return logo == null ? null : logo.sha256();
        }
    }

    private record Printed(Properties rows, CompanyProfile profile) {
    }

    public CompanySettingsUseCases(UnitOfWork uow, AccessControl access, CompanySettingsRepository settings, LogoReader logos,
                                   AuditRecorder audit) {
        this.uow = uow;
        this.access = access;
        this.settings = settings;
        this.logos = logos;
        this.audit = audit;
    }

    public Current load(SignedInUser admin) {
        access.require(admin, Permission.ADMIN_SETTINGS);
        return uow.read(() -> {
            Properties rows = settings.settings();
            LogoImage logo = rows.getProperty(CompanySettings.LOGO_SHA256) == null ? null
                    : settings.logo().map(LogoImage::new).orElse(null);
            return new Current(CompanySettings.fromProperties(rows), logo, rows.getProperty(CompanySettings.LOGO_TYPE));
        });
    }

    /** Checks a logo file before it is shown on the form: what it is, or the sentence why it cannot be used. */
    public LogoReader.Facts checkLogo(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("Logo: the file is empty; choose a PNG or SVG image.");
        }
        if (bytes.length > LogoReader.MAX_BYTES) {
            throw new IllegalArgumentException("Logo: the file has " + bytes.length / 1024 + " KB; a logo may have at most "
                    + LogoReader.MAX_BYTES / 1024 + " KB. Save it smaller (a few hundred pixels wide is plenty).");
        }
        return logos.read(bytes);
    }

    /**
     * Saves what the administrator changed since {@code opened}. A field another desk changed in the
     * meantime, that this one changed too, stops the save (nothing is written, the form keeps what was
     * typed); fields nobody else touched are saved. Returns false when nothing changed.
     *
     * @param reason why (optional; kept in the audit trail)
     */
    public boolean save(SignedInUser admin, Current opened, CompanySettings changed, LogoChange logo, String reason) {
        access.require(admin, Permission.ADMIN_SETTINGS);
        Objects.requireNonNull(opened, "opened");
        List<String> problems = changed.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The company settings were not saved: " + String.join(" ", problems));
        }
        LogoReader.Facts facts = logo.kind() == LogoChange.Kind.REPLACE ? checkLogo(logo.bytes()) : null;
        Map<String, String> was = opened.settings().values();
        Map<String, String> now = changed.values();
        return uow.write("Saving the company settings", () -> {
            Properties stored = settings.settings();
            Map<String, String> storedValues = CompanySettings.fromProperties(stored).values();
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            List<String> conflicts = new ArrayList<>();
            for (String key : CompanySettings.KEYS) {
                if (Objects.equals(was.get(key), now.get(key))) {
                    continue;
                }
                if (!Objects.equals(was.get(key), storedValues.get(key))) {
                    conflicts.add(label(key));
                }
                before.put(key, storedValues.get(key));
                after.put(key, now.get(key));
            }
            String storedSha = stored.getProperty(CompanySettings.LOGO_SHA256);
            LogoImage newLogo = facts == null ? null : new LogoImage(logo.bytes());
            boolean logoChanges = switch (logo.kind()) {
                case KEEP -> false;
                case USE_DEFAULT -> storedSha != null;
                case REPLACE -> !newLogo.sha256().equals(storedSha);
            };
            if (logoChanges) {
                if (!Objects.equals(opened.logoFingerprint(), storedSha)) {
                    conflicts.add("Logo");
                }
                before.put(LOGO, describe(stored.getProperty(CompanySettings.LOGO_TYPE), stored.getProperty(CompanySettings.LOGO_BYTES),
                        storedSha));
                after.put(LOGO, newLogo == null ? describe(null, null, null)
                        : describe(facts.type(), String.valueOf(newLogo.size()), newLogo.sha256()));
            }
            if (!conflicts.isEmpty()) {
                throw new StoreException("Another desk changed " + String.join(", ", conflicts) + " since you opened the"
                        + " company settings, so nothing was saved. Your changes are still on the form: reload to see"
                        + " the other desk's, then make yours again.");
            }
            if (after.isEmpty()) {
                return false;
            }
            after.forEach((key, value) -> {
                if (key.equals(LOGO)) {
                    writeLogo(newLogo, facts);
                } else if (value == null) {
                    settings.remove(key);
                } else {
                    settings.put(key, value);
                }
            });
            AuditEvent event = AuditEvent.of(admin.userName(), SETTINGS_CHANGE, DOCUMENT_TYPE, DOCUMENT_ID)
                    .withChange(AuditValues.json(before), AuditValues.json(after));
            audit.record(admin, reason == null || reason.isBlank() ? event : event.withReason(reason.strip()));
            return true;
        });
    }

    private void writeLogo(LogoImage logo, LogoReader.Facts facts) {
        if (logo == null) {
            settings.removeLogo();
            List.of(CompanySettings.LOGO_SHA256, CompanySettings.LOGO_TYPE, CompanySettings.LOGO_BYTES).forEach(settings::remove);
            return;
        }
        settings.saveLogo(logo.bytes(), facts.type());
        settings.put(CompanySettings.LOGO_SHA256, logo.sha256());
        settings.put(CompanySettings.LOGO_TYPE, facts.type());
        settings.put(CompanySettings.LOGO_BYTES, String.valueOf(logo.size()));
    }

    /**
     * The company as documents print it now (no permission: the letterhead on every document sent out,
     * read behind the print use cases' own checks; decision 0011). Reads the
     * settings rows on every call; see the class comment.
     */
    public CompanyProfile profile() {
        return uow.read(() -> {
            Properties rows = settings.settings();
            Printed last = printed;
            if (last != null && last.rows().equals(rows)) {
                return last.profile();
            }
            CompanyProfile base = rows.getProperty(CompanySettings.NAME) == null ? CompanyProfile.demo()
                    : CompanyProfile.fromProperties(rows);
            String sha = rows.getProperty(CompanySettings.LOGO_SHA256);
            LogoImage logo = null;
            if (sha != null) {
                LogoImage before = last == null ? null : last.profile().logoImage();
                logo = before != null && before.sha256().equals(sha) ? before : settings.logo().map(LogoImage::new).orElse(null);
            }
            CompanyProfile profile = logo == null ? base : base.withLogo(logo);
            printed = new Printed(rows, profile);
            return profile;
        });
    }

    @Override
    public String defaultPaymentTerms(SignedInUser user) {
        access.require(user, Permission.MAINTAIN_CUSTOMERS);
        return uow.read(() -> CompanySettings.fromProperties(settings.settings()).defaultPaymentTerms());
    }

    @Override
    public List<String> ownMailDomains() {
        return uow.read(() -> CompanySettings.fromProperties(settings.settings()).mailDomains());
    }

    private static String describe(String type, String bytes, String sha) {
        return sha == null ? "Order Desk logo (none stored)"
                : (type == null ? "image" : type.toUpperCase(java.util.Locale.ROOT)) + ", " + bytes + " bytes, sha256 " + sha;
    }

    /** The form's name of a setting, for messages. */
    public static String label(String key) {
        return switch (key) {
            case CompanySettings.NAME -> "Company name";
            case CompanySettings.ADDRESS -> "Address";
            case CompanySettings.REMIT_TO_NAME -> "Remit-to name";
            case CompanySettings.REMIT_TO_ADDRESS -> "Remit-to address";
            case CompanySettings.CONTACT -> "Contact line";
            case CompanySettings.TAX_ID -> "Tax id";
            case CompanySettings.BANK -> "Bank line";
            case CompanySettings.DEFAULT_TERMS -> "Default payment terms";
            case CompanySettings.MAIL_DOMAINS -> "Mail domains";
            case CompanySettings.EDI_QUALIFIER -> "EDI qualifier";
            case CompanySettings.EDI_ID -> "EDI ID";
            default -> key;
        };
    }
}
