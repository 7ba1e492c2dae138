package com.orderdesk.logic.audit;

/**
 * The texts the audit key's MACs cover, one purpose each. A user record's seal covers every field
 * that decides who may sign in and what they may do, so a role raised or an account switched on
 * by a SQL statement no longer matches its seal.
 */
public final class AuditSeals {
    public static final String ENTRY = "entry-v1";
    public static final String HEAD = "head-v1";
    public static final String USER = "user-v1";

    private AuditSeals() {
    }

    /** An entry's MAC covers its hash, which covers its content and the previous entry's hash. */
    public static String entry(String hash) {
        return hash;
    }

    /** The head: the last entry written by a signed-in user. */
    public static String head(long sequence, String hash) {
        return sequence + "|" + hash;
    }

    public static String user(UserRecord u) {
        return String.join("|", Long.toString(u.id()), field(u.userName()), field(u.displayName()), field(u.role()),
                Boolean.toString(u.active()), Boolean.toString(u.mustChangePassword()), field(u.passwordHash()),
                field(u.keySalt()), Integer.toString(u.keyIterations()), field(u.wrappedKey()));
    }

    private static String field(String s) {
        return s == null ? "~" : s.length() + ":" + s;
    }

    /** The sealed fields of one user row. */
    public record UserRecord(long id, String userName, String displayName, String role, boolean active,
                             boolean mustChangePassword, String passwordHash, String keySalt, int keyIterations,
                             String wrappedKey) {
    }
}
