package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import qiao.portal.platform.SchemaReady;
import qiao.portal.platform.SiteConfig;
import qiao.portal.web.Languages;

/**
 * On the first start with an empty database, creates the account "admin" with every role. Its
 * password is QIAO_ADMIN_PASSWORD if set, otherwise a random one printed once to the log.
 */
@ApplicationScoped
class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SiteConfig config;

    @Inject
    @ConfigProperty(name = "QIAO_ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @Transactional
    void createIfNoAccounts(@Observes SchemaReady ready) {
        long count = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        boolean random = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = random ? randomPassword() : configuredPassword.get();
        Account admin = accounts.create(USERNAME, "admin@localhost.invalid", password, Languages.DEFAULT,
                config.defaultZone());
        for (Role role : Role.values()) {
            admin.grant(role, admin.createdAt());
        }
        if (random) {
            LOG.warning("Created the first administrator: username \"admin\", password \"" + password
                    + "\". This is shown only once; change it in the profile page after signing in.");
        } else {
            LOG.info("Created the first administrator \"admin\" with the password from QIAO_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
