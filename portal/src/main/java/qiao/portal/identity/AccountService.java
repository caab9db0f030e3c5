package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;
import qiao.api.event.AccountCreated;
import qiao.api.event.AccountRenamed;
import qiao.api.event.PortalEvent;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.LanguageChosen;
import qiao.portal.web.Languages;
import qiao.portal.web.Messages;
import qiao.portal.web.Refusal;
import qiao.portal.web.Visitor;

/** Everything that changes an account: sign-up, sign-in checks, profile, password and roles. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuthTokens tokens;

    @Inject
    Event<PortalEvent> events;

    @Inject
    Visitor visitor;

    /** Creates an account with the role user; the new account's language and zone are the visitor's. */
    @Transactional
    public Account signUp(SignUp input, Locale language, ZoneId zone) {
        FieldErrors errors = new FieldErrors();
        String username = AccountRules.username(input.username(), errors);
        String email = AccountRules.email(input.email(), errors);
        String password = AccountRules.password("password", input.password(), username, errors);
        errors.throwIfAny();
        return create(username, email, password, language, zone);
    }

    Account create(String username, String email, String password, Locale language, ZoneId zone) {
        if (findByUsername(username).isPresent() || findByKey(Account.erasedKeyOf(username)).isPresent()) {
            throw new Taken("username");
        }
        if (!em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email").setParameter("email", email)
                .getResultList().isEmpty()) {
            throw new Taken("email");
        }
        Instant now = clock.instant();
        Account account = new Account(username, email, PasswordHasher.hash(password), zone.getId(), language, now);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new Taken("username");
            }
            throw e;
        }
        events.fire(new AccountCreated(account.id(), account.username(), language, now));
        return account;
    }

    /** A concurrent sign-up took the name between our check and our insert (SQLState class 23). */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The account whose password this is, counted against the sign-in limits. Unknown names cost
     * the same time as wrong passwords, so they cannot be told apart.
     */
    public Account authenticate(String username, String password, String address) {
        String key = Account.keyOf(AccountRules.clean(username));
        if (key.isEmpty() || key.length() > 64 || password == null || password.isEmpty()
                || password.length() > AccountRules.PASSWORD_MAX * 2) {
            throw new SignInFailed();
        }
        Optional<java.time.Duration> wait = throttle.wait(key, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw seconds <= 90 ? Refusal.tooManyRequests(wait.get(), "signin.throttled.seconds", seconds)
                    : Refusal.tooManyRequests(wait.get(), "signin.throttled", (seconds + 59) / 60);
        }
        Optional<Account> account = findByUsername(key);
        boolean ok = account.map(a -> PasswordHasher.matches(password, a.passwordHash())).orElseGet(() -> {
            PasswordHasher.wasteTimeLikeAMatch(password);
            return false;
        });
        throttle.record(key, address, ok);
        if (!ok) {
            throw new SignInFailed();
        }
        return account.get();
    }

    @Transactional
    public Optional<Account> findByUsername(String username) {
        return findByKey(Account.keyOf(username));
    }

    private Optional<Account> findByKey(String key) {
        return em.createQuery("SELECT a FROM Account a WHERE a.usernameKey = :key", Account.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Transactional
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** How authors appear on public pages, by account id (ids without an account are left out). */
    @Transactional
    public Map<Long, Author> authors(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> unique = Set.copyOf(ids);
        // Two queries for any number of authors, instead of one for the accounts and one per account for its roles.
        Set<Long> staff = Set.copyOf(em.createQuery("SELECT a.id FROM Account a JOIN a.roles r "
                        + "WHERE a.id IN :ids AND r IN :roles", Long.class)
                .setParameter("ids", unique).setParameter("roles", Set.of(Role.STAFF, Role.ADMIN)).getResultList());
        return em.createQuery("SELECT a.id, a.username, a.displayName, a.erasedAt FROM Account a WHERE a.id IN :ids",
                        Object[].class)
                .setParameter("ids", unique).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row[3] != null ? erasedAuthor((Long) row[0])
                        : new Author((Long) row[0], (String) row[1], PersonalData.mask((String) row[2]),
                                staff.contains((Long) row[0]), false)));
    }

    /** An erased account next to what it wrote: "已注销用户" in the reader's language (the site's outside a request). */
    private Author erasedAuthor(long id) {
        Locale locale;
        try {
            locale = visitor.locale();
        } catch (ContextNotActiveException noRequest) {
            locale = Languages.DEFAULT;
        }
        return new Author(id, "~" + id, Messages.get(locale, "account.erased"), false, true);
    }

    /** What anyone may see of an account, by username (any case). */
    @Transactional
    public Optional<PublicProfile> profile(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return findByUsername(username).map(a -> new PublicProfile(a.id(), a.username(), PersonalData.mask(a.displayName()),
                PersonalData.mask(a.bio()), a.createdAt(), a.has(Role.STAFF) || a.has(Role.ADMIN)));
    }

    /** These accounts as other features may know them (ids without an account, or erased, are left out). */
    @Transactional
    public Map<Long, Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids AND a.erasedAt IS NULL", Account.class)
                .setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(Account::id, Account::person));
    }

    /** Account ids by username as given (matched regardless of case); unknown names are left out. */
    @Transactional
    public Map<String, Long> idsByUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Set<String> keys = usernames.stream().map(Account::keyOf).collect(Collectors.toSet());
        Map<String, Long> byKey = em.createQuery("SELECT a FROM Account a WHERE a.usernameKey IN :keys", Account.class)
                .setParameter("keys", keys).getResultStream()
                .collect(Collectors.toMap(a -> Account.keyOf(a.username()), Account::id));
        Map<String, Long> byName = new java.util.LinkedHashMap<>();
        for (String name : usernames) {
            Long id = byKey.get(Account.keyOf(name));
            if (id != null) {
                byName.put(name, id);
            }
        }
        return byName;
    }

    /** The caller's own profile; any of the fields may be refused with a reason. */
    @Transactional
    public Account updateProfile(ProfileForm form, java.util.function.Predicate<String> themeExists) {
        Account account = managed(caller.require().id());
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(account.timeZone())));
        Profile profile = new Profile(
                AccountRules.displayName(form.displayName(), errors),
                AccountRules.email(form.email(), errors),
                AccountRules.timeZone(form.timeZone(), errors),
                AccountRules.language(form.language(), errors),
                theme(form.theme(), themeExists, errors),
                AccountRules.birthday(form.birthday(), today, errors),
                AccountRules.bio(form.bio(), errors));
        errors.throwIfAny();
        boolean emailTaken = !em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email AND a.id <> :me")
                .setParameter("email", profile.email()).setParameter("me", account.id()).getResultList().isEmpty();
        if (emailTaken) {
            throw new Taken("email");
        }
        boolean renamed = !profile.displayName().equals(account.displayName());
        Instant now = clock.instant();
        account.updateProfile(profile, now);
        if (renamed) {
            events.fire(new AccountRenamed(account.id(), account.id(), now));
        }
        return account;
    }

    private static String theme(String raw, java.util.function.Predicate<String> exists, FieldErrors errors) {
        String value = AccountRules.clean(raw);
        if (value.isEmpty()) {
            return null;
        }
        if (!exists.test(value)) {
            errors.add("theme", "validation.theme");
        }
        return value;
    }

    /** Changes the caller's password and signs out every other session and API token. */
    @Transactional
    public void changePassword(String current, String next) {
        Account account = managed(caller.require().id());
        if (current == null || !PasswordHasher.matches(current, account.passwordHash())) {
            throw qiao.portal.web.InvalidInput.of("currentPassword", "validation.password.current");
        }
        FieldErrors errors = new FieldErrors();
        String password = AccountRules.password("newPassword", next, account.username(), errors);
        errors.throwIfAny();
        account.changePassword(PasswordHasher.hash(password), clock.instant());
        tokens.revokeAllExcept(account.id(), caller.token().orElse(null));
    }

    /** A signed-in person who uses the language switcher changes their profile's language too. */
    @Transactional
    void rememberLanguage(@Observes LanguageChosen choice) {
        caller.account().map(a -> em.find(Account.class, a.id()))
                .ifPresent(a -> a.chooseLanguage(choice.locale(), clock.instant()));
    }

    /** Accounts for the admin page, by username, optionally only those starting with a prefix. */
    @Transactional
    public List<Account> list(String prefix, int offset, int limit) {
        caller.require(Role.ADMIN);
        String key = Account.keyOf(AccountRules.clean(prefix)).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery("SELECT a FROM Account a WHERE a.usernameKey LIKE :prefix ESCAPE '\\' "
                        + "AND a.erasedAt IS NULL ORDER BY a.usernameKey", Account.class)
                .setParameter("prefix", key + "%").setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Grants or revokes a role; admins cannot take away their own admin role (someone must keep it). */
    @Transactional
    public Account setRole(long accountId, Role role, boolean granted) {
        Person admin = caller.require(Role.ADMIN);
        Account account = Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(Refusal::notFound);
        if (role == Role.USER) {
            throw qiao.portal.web.InvalidInput.of("role", "validation.role.user");
        }
        if (!granted && role == Role.ADMIN && account.id() == admin.id()) {
            throw Refusal.conflict("admin.roles.ownAdmin");
        }
        if (granted) {
            account.grant(role, clock.instant());
        } else {
            account.revoke(role, clock.instant());
        }
        return account;
    }

    /**
     * The caller proves once more who they are, as a sign-in would (counted against the same limits), before
     * something they cannot undo: a missing password is a 400, a wrong one a 403.
     */
    public Person confirmPassword(String password, String address) {
        Account me = managed(caller.require().id());
        if (password == null || password.isEmpty()) {
            throw qiao.portal.web.InvalidInput.of("password", "validation.required");
        }
        try {
            authenticate(me.username(), password, address);
        } catch (SignInFailed wrong) {
            throw new Refusal(403, "error.403.title", "erase.password.wrong");
        }
        return me.person();
    }

    /**
     * Whether the account is there to erase (404 if there is none; false if it is erased already). The last admin
     * is never erased (409): the site would have nobody to run it. Every admin's row is locked first, in id order, so
     * two admins erasing each other at once cannot both go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erasable(long accountId) {
        Account account = Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(Refusal::notFound);
        if (account.erased()) {
            return false;
        }
        if (account.has(Role.ADMIN)) {
            List<?> admins = em.createNativeQuery("SELECT id FROM account WHERE id IN (SELECT account_id FROM account_role "
                    + "WHERE role = 'ADMIN') AND erased_at IS NULL ORDER BY id FOR UPDATE").getResultList();
            if (admins.stream().noneMatch(id -> ((Number) id).longValue() != accountId)) {
                throw Refusal.conflict("erase.lastAdmin");
            }
        }
        return true;
    }

    private Account managed(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(Refusal::notSignedIn);
    }
}
