package qiao.portal.privacy.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import qiao.api.event.AccountErased;
import qiao.api.event.PortalEvent;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.privacy.PersonalRecords;

/**
 * Erasure, in one transaction: every feature removes or anonymises what it holds about the person, identity last
 * (it signs them out everywhere and forgets who they were). Erasing an erased account changes nothing.
 */
@ApplicationScoped
class AccountErasure {

    private static final Logger AUDIT = Logger.getLogger("qiao.audit.privacy");

    @Inject
    Instance<PersonalRecords> features;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    Event<PortalEvent> events;

    @Inject
    Clock clock;

    /** The caller erases their own account, after giving their password once more. */
    @Transactional
    public void mine(String password, String address) {
        long me = accounts.confirmPassword(password, address).id();
        erase(me, me);
    }

    /** An admin erases someone's account. */
    @Transactional
    public void ofAccount(long accountId) {
        erase(accountId, caller.require(Role.ADMIN).id());
    }

    private void erase(long accountId, long actorId) {
        if (!accounts.erasable(accountId)) {
            return;
        }
        features.stream().filter(f -> !PersonalRecords.ACCOUNT.equals(f.section())).forEach(f -> f.erase(accountId));
        features.stream().filter(f -> PersonalRecords.ACCOUNT.equals(f.section())).forEach(f -> f.erase(accountId));
        events.fire(new AccountErased(accountId, actorId, clock.instant()));
        AUDIT.info(() -> "account " + actorId + " erased account " + accountId);
    }
}
