package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** Sign-up, sign-in and sign-out as a person meets them: forms, cookies, errors, limits. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void signUpSignsInWithAHardenedSessionCookie() {
        WebClient browser = new WebClient();
        String name = WebClient.uniqueName("page");
        Page page = browser.submit("/signup", "/signup", Map.of("username", name, "email", name + "@example.com",
                "password", WebClient.PASSWORD, "passwordAgain", WebClient.PASSWORD));
        assertEquals(303, page.status());
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("qiao_session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(browser.get("/").body().contains("id=\"nav-profile\""));
    }

    @Test
    void signInRenewsTheSessionAndSignOutEndsIt() {
        WebClient browser = new WebClient();
        String name = browser.signUp(WebClient.uniqueName("renew"));
        String first = browser.cookie("qiao_session").orElseThrow();
        assertEquals(303, browser.signIn(name, WebClient.PASSWORD).status());
        String second = browser.cookie("qiao_session").orElseThrow();
        assertNotEquals(first, second);

        Page home = browser.get("/");
        Page out = browser.postForm("/signout", Map.of("_csrf", home.csrf()));
        assertEquals(303, out.status());
        assertFalse(browser.get("/").body().contains("nav-profile"));

        WebClient thief = new WebClient();
        thief.get("/");
        Page stolen = thief.raw(thief.request("/profile").header("Cookie", "qiao_session=" + second));
        assertEquals(303, stolen.status(), "a signed-out session must not work again");
        assertTrue(stolen.location().contains("/signin"));
    }

    @Test
    void wrongPasswordKeepsTheUsernameAndSaysWhy() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = new WebClient().signUp(WebClient.uniqueName("typo"));
        Page page = browser.signIn(name, "not-the-password");
        assertEquals(401, page.status());
        assertTrue(page.body().contains("The username or password is not correct."));
        assertTrue(page.body().contains("value=\"" + name + "\""), "the username stays in the form");
    }

    @Test
    void sixthFailureInARowIsThrottledEvenWithTheRightPassword() {
        String name = new WebClient().signUp(WebClient.uniqueName("brute"));
        WebClient attacker = new WebClient().acceptLanguage("en");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, attacker.signIn(name, "guess-number-" + i).status());
        }
        Page blocked = attacker.signIn(name, WebClient.PASSWORD);
        assertEquals(429, blocked.status());
        assertTrue(blocked.body().contains("Too many failed sign-ins"), blocked.body());
    }

    @Test
    void invalidSignUpKeepsWhatWasTyped() {
        WebClient browser = new WebClient().acceptLanguage("en");
        Page page = browser.submit("/signup", "/signup", Map.of("username", "a b", "email", "bob@@example",
                "password", "short", "passwordAgain", "short"));
        assertEquals(400, page.status());
        assertTrue(page.body().contains("value=\"a b\""));
        assertTrue(page.body().contains("value=\"bob@@example\""));
        assertFalse(page.body().contains("value=\"short\""), "passwords are never echoed back");
        assertTrue(page.body().contains("aria-invalid=\"true\""));
        assertTrue(page.body().contains("The password must be 10 to 256 characters long."));
    }

    @Test
    void mismatchedPasswordsAreCaught() {
        WebClient browser = new WebClient().acceptLanguage("en");
        Page page = browser.submit("/signup", "/signup", Map.of("username", WebClient.uniqueName("mm"),
                "email", "mm@example.com", "password", WebClient.PASSWORD, "passwordAgain", WebClient.PASSWORD + "!"));
        assertEquals(400, page.status());
        assertTrue(page.body().contains("The two passwords do not match."));
    }

    @Test
    void formWithoutCsrfTokenIs403AndKeepsTheInputForARetry() {
        WebClient browser = new WebClient().acceptLanguage("en");
        browser.get("/signup");
        String name = WebClient.uniqueName("csrf");
        Page page = browser.postForm("/signup", Map.of("username", name, "email", name + "@example.com",
                "password", WebClient.PASSWORD, "passwordAgain", WebClient.PASSWORD));
        assertEquals(403, page.status());
        assertTrue(page.body().contains("value=\"" + name + "\""), "typed text is kept");
        assertFalse(page.body().contains(WebClient.PASSWORD), "passwords are not");
        assertTrue(page.body().contains("action=\"/signup\""));

        Page retry = browser.postForm("/signup", Map.of("_csrf", page.csrf(), "username", name,
                "email", name + "@example.com", "password", WebClient.PASSWORD, "passwordAgain", WebClient.PASSWORD));
        assertEquals(303, retry.status(), "the retry form's fresh token works");
    }

    @Test
    void tokenFromAnotherBrowserIsRefused() {
        WebClient victim = new WebClient();
        victim.signUp(WebClient.uniqueName("victim"));
        WebClient attacker = new WebClient();
        String attackersToken = attacker.get("/signup").csrf();
        Page forged = victim.postForm("/profile", Map.of("_csrf", attackersToken, "displayName", "pwned"));
        assertEquals(403, forged.status());
    }

    @Test
    void redirectAfterSignInStaysOnThisSite() {
        WebClient browser = new WebClient();
        String name = browser.signUp(WebClient.uniqueName("next"));
        Page page = browser.submit("/signin", "/signin", Map.of("username", name, "password", WebClient.PASSWORD,
                "next", "//evil.example/steal"));
        assertEquals(303, page.status());
        assertTrue(page.location().endsWith("127.0.0.1:" + WebClient.BASE.getPort() + "/"), page.location());
    }
}
