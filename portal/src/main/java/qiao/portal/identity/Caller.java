package qiao.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import qiao.portal.web.CallerPreferences;
import qiao.portal.web.PageGlobals;
import qiao.portal.web.Refusal;

/**
 * Who is calling in this request: an account, or nobody. Set once by the authentication filter;
 * asked by every service before a write.
 */
@RequestScoped
public class Caller implements CallerPreferences, PageGlobals {

    private Account account;
    private Person person;
    private String token;

    void signedInAs(Account account, String token) {
        this.account = account;
        this.person = account.person();
        this.token = token;
    }

    @Override
    public boolean signedIn() {
        return account != null;
    }

    /** The signed-in person, or nobody. */
    public Optional<Person> person() {
        return Optional.ofNullable(person);
    }

    /** The signed-in person, or a 401 refusal. */
    public Person require() {
        if (person == null) {
            throw Refusal.notSignedIn();
        }
        return person;
    }

    /** The signed-in person if they have the role, else a 401 (anonymous) or 403 refusal. */
    public Person require(Role role) {
        Person p = require();
        if (!p.has(role)) {
            throw Refusal.forbidden();
        }
        return p;
    }

    public boolean has(Role role) {
        return person != null && person.has(role);
    }

    /** Staff, moderators and admins: the people who may act for the site. */
    public boolean isStaff() {
        return person != null && person.isStaff();
    }

    /** The account itself, for identity's own use (it holds the password hash). */
    Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    /** The signed-in account, or a 401 refusal: identity's own pages only. */
    Account requireAccount() {
        require();
        return account;
    }

    /** The session or API token this request was authenticated with. */
    Optional<String> token() {
        return Optional.ofNullable(token);
    }

    @Override
    public Optional<Locale> language() {
        return account().map(Account::language);
    }

    @Override
    public Optional<ZoneId> timeZone() {
        return account().map(a -> ZoneId.of(a.timeZone()));
    }

    @Override
    public Optional<String> theme() {
        return account().map(Account::theme);
    }

    /** "me" (the account, absent for visitors) and "isStaff" (always there, so templates need no null checks). */
    @Override
    public Map<String, Object> globals() {
        if (account == null) {
            return Map.of("isStaff", false);
        }
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", account.id());
        me.put("username", account.username());
        me.put("displayName", account.displayName());
        me.put("roles", account.roles().stream().map(Role::key).toList());
        me.put("admin", account.has(Role.ADMIN));
        me.put("staff", account.has(Role.STAFF));
        me.put("moderator", account.has(Role.MODERATOR));
        return Map.of("me", me, "isStaff", isStaff());
    }
}
