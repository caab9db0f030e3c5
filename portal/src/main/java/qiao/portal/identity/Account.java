package qiao.portal.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person's account: how they sign in, what they chose in their profile, and their roles. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    private String username;

    @Column(name = "username_key")
    private String usernameKey;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "time_zone")
    private String timeZone;

    private String language;

    private String theme;

    private LocalDate birthday;

    private String bio;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String email, String passwordHash, String timeZone, Locale language, Instant now) {
        this.username = username;
        this.usernameKey = keyOf(username);
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = username;
        this.timeZone = timeZone;
        this.language = language.toLanguageTag();
        this.createdAt = utc(now);
        this.updatedAt = utc(now);
        this.passwordChangedAt = utc(now);
        this.roles.add(Role.USER);
    }

    /** Moments are stored with an explicit UTC offset, which both H2 and PostgreSQL keep exactly. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Usernames are unique regardless of case. */
    public static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /**
     * How an erased account keeps its name reserved without keeping the name: nobody else may take it and be taken
     * for the author of old mentions and links. The prefix is no character a username may hold.
     */
    static String erasedKeyOf(String username) {
        return "~" + PasswordHasher.sha256Hex(keyOf(username));
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String timeZone() {
        return timeZone;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public String theme() {
        return theme;
    }

    public LocalDate birthday() {
        return birthday;
    }

    public String bio() {
        return bio;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt.toInstant();
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The account as other features may know it: its id and roles. */
    public Person person() {
        return new Person(id, roles());
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = utc(now);
        this.updatedAt = utc(now);
    }

    void updateProfile(Profile profile, Instant now) {
        this.displayName = profile.displayName();
        this.email = profile.email();
        this.timeZone = profile.timeZone();
        this.language = profile.language().toLanguageTag();
        this.theme = profile.theme();
        this.birthday = profile.birthday();
        this.bio = profile.bio();
        this.updatedAt = utc(now);
    }

    /**
     * Forgets how the person signed in and what they said about themselves; the row stays for what they wrote, shown
     * as a deleted user under the name {@code ~id}, which no sign-up can choose.
     */
    void erase(Instant now) {
        this.usernameKey = erasedKeyOf(usernameKey);
        this.username = "~" + id;
        this.email = null;
        this.passwordHash = null;
        this.displayName = "";
        this.theme = null;
        this.birthday = null;
        this.bio = null;
        this.roles.retainAll(Set.of(Role.USER));
        this.erasedAt = utc(now);
        this.updatedAt = utc(now);
    }

    void chooseLanguage(Locale locale, Instant now) {
        this.language = locale.toLanguageTag();
        this.updatedAt = utc(now);
    }

    void grant(Role role, Instant now) {
        roles.add(role);
        updatedAt = utc(now);
    }

    void revoke(Role role, Instant now) {
        if (role != Role.USER) {
            roles.remove(role);
            updatedAt = utc(now);
        }
    }
}
