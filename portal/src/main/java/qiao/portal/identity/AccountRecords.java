package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.privacy.RecordRows;
import qiao.portal.web.Languages;

/** Identity's part of a person's data: the account and profile, sessions and API tokens, sign-in attempts. */
@ApplicationScoped
class AccountRecords implements PersonalRecords {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public String section() {
        return ACCOUNT;
    }

    @Override
    public Object export(long accountId) {
        Account a = Optional.ofNullable(em.find(Account.class, accountId)).orElseThrow(qiao.portal.web.Refusal::notFound);
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", a.id());
        account.put("username", a.username());
        account.put("displayName", a.displayName());
        account.put("email", a.email());
        account.put("timeZone", a.timeZone());
        account.put("language", Languages.tag(a.language()));
        account.put("theme", a.theme());
        account.put("birthday", a.birthday() == null ? null : a.birthday().toString());
        account.put("bio", a.bio());
        account.put("createdAt", a.createdAt().toString());
        account.put("roles", a.roles().stream().map(Role::key).sorted().toList());
        // what signs the person in is never exported: tokens are kept only as hashes anyway
        account.put("sessionsAndTokens", RecordRows.of(em, "SELECT kind, label, created_at, last_used_at, expires_at, "
                + "revoked_at FROM auth_token WHERE account_id = ?1 ORDER BY created_at", accountId,
                "kind", "label", "createdAt", "lastUsedAt", "expiresAt", "revokedAt"));
        account.put("signInAttempts", em.createNativeQuery("SELECT address, attempted_at, succeeded FROM sign_in_attempt "
                        + "WHERE username_key = ?1 ORDER BY attempted_at").setParameter(1, Account.keyOf(a.username()))
                .getResultList().stream().map(row -> attempt((Object[]) row)).toList());
        return account;
    }

    private static Map<String, Object> attempt(Object[] row) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("address", row[0]);
        attempt.put("at", RecordRows.portable(row[1]));
        attempt.put("succeeded", row[2]);
        return attempt;
    }

    /** Signs the person out everywhere and forgets who they were; the row stays for what they wrote. */
    @Override
    public void erase(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.erased()) {
            return;
        }
        RecordRows.delete(em, "auth_token", accountId);
        em.createNativeQuery("DELETE FROM sign_in_attempt WHERE username_key = ?1")
                .setParameter(1, Account.keyOf(account.username())).executeUpdate();
        account.erase(clock.instant());
    }
}
