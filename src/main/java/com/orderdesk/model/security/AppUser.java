package com.orderdesk.model.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in. The password is kept only as a slow salted hash. */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** The user's roles by name, comma-separated ("ORDER_CLERK" or "ADMINISTRATOR,CREDIT_MANAGER"). */
    @Column(name = "role", nullable = false, length = 100)
    private String role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The book's audit key wrapped under this user's password (see AuditKeyWrap); null until sealed. */
    @Column(name = "key_salt", length = 64)
    private String keySalt;

    @Column(name = "key_iterations")
    private Integer keyIterations;

    @Column(name = "wrapped_key", length = 200)
    private String wrappedKey;

    /** The audit key's MAC over the fields above (see AuditSeals.user). */
    @Column(name = "record_mac", length = 64)
    private String recordMac;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, Role role, String passwordHash) {
        this(username, displayName, java.util.Set.of(role), passwordHash);
    }

    public AppUser(String username, String displayName, java.util.Set<Role> roles, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = storedForm(roles);
        this.passwordHash = passwordHash;
    }

    /** The stored form of a set of roles: names in declaration order, comma-separated. */
    public static String storedForm(java.util.Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user has at least one role.");
        }
        return java.util.EnumSet.copyOf(roles).stream().map(Role::name).collect(java.util.stream.Collectors.joining(","));
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    /** The roles this build knows (a name it does not know grants nothing). */
    public java.util.Set<Role> roles() {
        java.util.Set<Role> out = java.util.EnumSet.noneOf(Role.class);
        for (String name : role.split(",")) {
            try {
                out.add(Role.valueOf(name.strip()));
            } catch (IllegalArgumentException unknown) {
                // a role of a newer version
            }
        }
        return out;
    }

    /** The first role, for lists that show one ("Order clerk"). */
    public Role role() {
        return roles().stream().findFirst().orElse(null);
    }

    /** The roles exactly as stored (what the account's seal covers). */
    public String storedRoles() { return role; }
    public String passwordHash() { return passwordHash; }
    public boolean active() { return active; }

    public boolean mustChangePassword() { return mustChangePassword; }
    public String keySalt() { return keySalt; }
    public int keyIterations() { return keyIterations == null ? 0 : keyIterations; }
    public String wrappedKey() { return wrappedKey; }
    public String recordMac() { return recordMac; }

    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public void setActive(boolean active) { this.active = active; }
    public void setRoles(java.util.Set<Role> roles) { this.role = storedForm(roles); }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setMustChangePassword(boolean must) { this.mustChangePassword = must; }

    public void setWrappedKey(String salt, int iterations, String blob) {
        this.keySalt = salt;
        this.keyIterations = iterations;
        this.wrappedKey = blob;
    }

    public void setRecordMac(String mac) { this.recordMac = mac; }

    @Override
    public String toString() {
        return displayName + " (" + role + ")";
    }
}
