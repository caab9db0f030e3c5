package qiao.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** What an operator and a load balancer ask: health, metrics, the API description. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient client = new WebClient();

    @Test
    void readyWhenTheDatabaseIsMigratedAndAnswers() {
        Page ready = client.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""));
        assertTrue(ready.body().contains("\"started\":true"));
        Page live = client.get("/health/live");
        assertEquals(200, live.status(), live.body());
        assertTrue(live.body().contains("\"heap\""));
    }

    @Test
    void metricsAreExposed() {
        Page metrics = client.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_uptime_seconds") || metrics.body().contains("base_jvm_uptime"), metrics.body());
    }

    @Test
    void openApiDescribesTheJsonApiOnly() {
        Page openapi = client.get("/openapi");
        assertEquals(200, openapi.status());
        String doc = openapi.body();
        for (String path : new String[] {"/api/v1/auth/token", "/api/v1/accounts", "/api/v1/me"}) {
            assertTrue(doc.contains(path + ":"), path);
        }
        assertFalse(doc.contains("/signin:"), "HTML pages are not part of the API");
        assertFalse(doc.contains("/static/"), doc);
    }
}
