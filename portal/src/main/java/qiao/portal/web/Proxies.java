package qiao.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import qiao.portal.platform.SiteConfig;

/** The site's {@link TrustedProxies}, read once from QIAO_TRUSTED_PROXIES (a bad setting stops the start). */
@ApplicationScoped
class Proxies {

    @Inject
    SiteConfig config;

    private TrustedProxies trusted;

    @PostConstruct
    void read() {
        trusted = TrustedProxies.parse(config.trustedProxies());
    }

    public TrustedProxies trusted() {
        return trusted;
    }
}
