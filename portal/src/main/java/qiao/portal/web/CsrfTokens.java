package qiao.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import qiao.portal.platform.SiteSecrets;

/**
 * CSRF tokens: an HMAC of the browser's random CSRF cookie and its session cookie, keyed with a
 * site secret. A token is valid only for the browser and the session it was made for, and needs no
 * server-side storage, so any node of a cluster can check it.
 */
@ApplicationScoped
class CsrfTokens {

    @Inject
    SiteSecrets secrets;

    public String tokenFor(String csrfCookie, String sessionCookie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.csrfKey(), "HmacSHA256"));
            byte[] sig = mac.doFinal((csrfCookie + "|" + sessionCookie).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public boolean isValid(String token, String csrfCookie, String sessionCookie) {
        if (token == null || csrfCookie == null || csrfCookie.isEmpty()) {
            return false;
        }
        byte[] expected = tokenFor(csrfCookie, sessionCookie).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }
}
