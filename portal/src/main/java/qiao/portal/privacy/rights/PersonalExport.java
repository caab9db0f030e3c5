package qiao.portal.privacy.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.web.Refusal;

/**
 * A person's data as one JSON object: when it was made, their account first, then one key per feature's section.
 * Read in one transaction, so the sections agree with each other.
 */
@ApplicationScoped
class PersonalExport {

    private static final Logger AUDIT = Logger.getLogger("qiao.audit.privacy");

    @Inject
    Instance<PersonalRecords> features;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The caller's own data. */
    @Transactional
    public Export mine() {
        return of(caller.require().id());
    }

    /** Someone's data, for an admin answering a request made another way (by letter, at a counter). */
    @Transactional
    public Export ofAccount(long accountId) {
        long admin = caller.require(Role.ADMIN).id();
        accounts.find(accountId).orElseThrow(Refusal::notFound);
        AUDIT.info(() -> "account " + admin + " exported the data of account " + accountId);
        return of(accountId);
    }

    private Export of(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        features.stream().sorted(Comparator.comparing(f -> PersonalRecords.ACCOUNT.equals(f.section()) ? "" : f.section()))
                .forEach(f -> data.put(f.section(), f.export(accountId)));
        return new Export(accountId, data);
    }

    /** The export and whose it is (for the file's name). */
    record Export(long accountId, Map<String, Object> data) {
    }
}
