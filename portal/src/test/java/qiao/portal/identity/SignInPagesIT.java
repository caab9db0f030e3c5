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
    void manyFailuresFromOneAddressSlowItDownButTheRightPasswordStillSignsIn() throws InterruptedException {
        String name = new WebClient().signUp(WebClient.uniqueName("shared"));
        String office = "203.0.113." + (System.nanoTime() % 250 + 1);
        WebClient guesser = new WebClient().acceptLanguage("en");
        for (int i = 0; i < 20; i++) {
            assertEquals(401, signInFrom(guesser, office, WebClient.uniqueName("nobody"), "guess-" + i).status());
        }
        WebClient colleague = new WebClient().acceptLanguage("en");
        Page page = signInFrom(colleague, office, name, WebClient.PASSWORD);
        for (int tries = 0; page.status() == 429 && tries < 3; tries++) {
            long wait = Long.parseLong(page.header("Retry-After").orElseThrow());
            assertTrue(wait >= 1 && wait <= 60, "a short wait, never a lockout: " + wait);
            Thread.sleep(wait * 1000);
            page = signInFrom(colleague, office, name, WebClient.PASSWORD);
        }
        assertEquals(303, page.status(), "the right password signs in from the same address: " + page.body());
        assertEquals(303, signInFrom(new WebClient(), "198.51.100." + (System.nanoTime() % 250 + 1),
                new WebClient().signUp(WebClient.uniqueName("elsewhere")), WebClient.PASSWORD).status(),
                "other addresses never noticed");
    }

    @Test
    void everyRefusalForTooManyTriesSaysWhenToTryAgain() {
        String name = new WebClient().signUp(WebClient.uniqueName("wait"));
        WebClient api = new WebClient().acceptLanguage("en");
        String address = "192.0.2." + (System.nanoTime() % 250 + 1);
        for (int i = 0; i < 5; i++) {
            tokenFrom(api, address, name, "wrong-" + i);
        }
        Page refused = tokenFrom(api, address, name, "x");
        assertEquals(429, refused.status());
        long wait = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(wait > 800 && wait <= 900, "until the oldest failure is 15 minutes old: " + wait);
        Page page = signInFrom(new WebClient().acceptLanguage("en"), "192.0.2.253", name, WebClient.PASSWORD);
        assertEquals(429, page.status());
        assertTrue(page.header("Retry-After").isPresent(), "the page says it too");
    }

    private static Page tokenFrom(WebClient api, String address, String username, String password) {
        return api.raw(api.request("/api/v1/auth/token").header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-Forwarded-For", address)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"" + password + "\"}")));
    }

    private static Page signInFrom(WebClient browser, String address, String username, String password) {
        String csrf = browser.get("/signin").csrf();
        String form = "username=" + username + "&password=" + password + "&next=%2F&_csrf=" + csrf;
        return browser.raw(browser.request("/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address).POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
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
    void formWithoutCsrfTokenIs403AndSendsThePersonBackToTheForm() {
        WebClient browser = new WebClient().acceptLanguage("en");
        browser.get("/signup");
        String name = WebClient.uniqueName("csrf");
        Page page = browser.postForm("/signup", Map.of("username", name, "email", name + "@example.com",
                "password", WebClient.PASSWORD, "passwordAgain", WebClient.PASSWORD));
        assertEquals(403, page.status());
        assertTrue(page.body().contains("You asked to sign up"), "says plainly what was asked");
        assertFalse(page.body().contains(WebClient.PASSWORD) || page.body().contains("id=\"form-retry\""),
                "without a session nothing is offered for sending again");
        assertTrue(page.body().contains("href=\"/signup\""));
        Page retry = browser.submit("/signup", "/signup", Map.of("username", name,
                "email", name + "@example.com", "password", WebClient.PASSWORD, "passwordAgain", WebClient.PASSWORD));
        assertEquals(303, retry.status(), "the form itself works again");
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
