package qiao.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.WebDriverListener;
import qiao.portal.WebClient;

/**
 * Runs axe-core (the script ships as a test resource, it is never fetched) over every page of this
 * site a browser test visits: a page is audited the first time the test touches it after it loaded,
 * and once more when the test closes the browser. Moderate, serious and critical violations are
 * kept, and the browser refuses to close quietly while there are any.
 */
public final class AxeAudit implements WebDriverListener {

    private static final String AXE = load();
    private static final Set<String> COUNTED = Set.of("moderate", "serious", "critical");
    private static final Set<String> TOUCHES = Set.of("findElement", "findElements", "getPageSource", "getTitle",
            "getCurrentUrl", "get", "close", "quit");

    private final WebDriver raw;
    private final List<String> violations = new ArrayList<>();
    private int pagesAudited;

    AxeAudit(WebDriver raw) {
        this.raw = raw;
    }

    @Override
    public void beforeAnyWebDriverCall(WebDriver driver, Method method, Object[] args) {
        if (TOUCHES.contains(method.getName())) {
            auditIfNew();
        }
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        auditIfNew();
    }

    /** Audits the page shown now unless it was audited already (a page is marked once audited). */
    void auditIfNew() {
        String url = raw.getCurrentUrl();
        if (url == null || !url.startsWith(WebClient.BASE.toString())) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) raw;
        if (Boolean.TRUE.equals(js.executeScript("return document.readyState !== 'complete' || window.__axeAudited === true"))) {
            return;
        }
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.__axeAudited = true;"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                + "id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        pagesAudited++;
        for (Object found : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) found;
            if (COUNTED.contains(String.valueOf(v.get("impact")))) {
                violations.add(v.get("impact") + " " + v.get("id") + " on " + url + ": " + v.get("help") + " " + v.get("nodes"));
            }
        }
    }

    /** Audits the current state of the page; the violations found are returned, not kept. */
    List<String> again() {
        ((JavascriptExecutor) raw).executeScript("window.__axeAudited = false;");
        int before = violations.size();
        auditIfNew();
        List<String> found = new ArrayList<>(violations.subList(before, violations.size()));
        violations.subList(before, violations.size()).clear();
        return found;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    int pagesAudited() {
        return pagesAudited;
    }

    private static String load() {
        try (InputStream in = AxeAudit.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
