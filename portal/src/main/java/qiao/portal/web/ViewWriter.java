package qiao.portal.web;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import qiao.portal.platform.BuildInfo;
import qiao.portal.platform.SiteConfig;

/**
 * Renders a {@link View} with the visitor's theme, language and time zone. The page is rendered
 * completely before a byte is sent, so a template error becomes a proper error page, and the CSRF
 * cookie the page's forms need can still be set.
 */
@Provider
@ApplicationScoped
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ViewWriter.class.getName());
    private static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    Visitor visitor;

    @Inject
    Themes themes;

    @Inject
    SiteConfig config;

    @Inject
    BuildInfo build;

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<PageGlobals> contributions;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        String html = render(view);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, HTML_UTF8);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        headers.add(HttpHeaders.VARY, "Cookie, Accept-Language");
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(visitor.locale()));
        if (visitor.csrfCookieMinted()) {
            headers.add(HttpHeaders.SET_COOKIE, Cookies.of(Cookies.CSRF, visitor.csrfCookie(), null, visitor.secure()));
        }
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The page as HTML, with the variables every template may use. */
    public String render(View view) throws IOException {
        Map<String, Object> model = new HashMap<>();
        for (PageGlobals contribution : contributions) {
            try {
                model.putAll(contribution.globals());
            } catch (RuntimeException unavailable) {
                // a page (an error page above all) still renders when, say, the unread count cannot be had
                LOG.fine(() -> "Page without " + contribution.getClass().getSimpleName() + ": " + unavailable);
            }
        }
        model.put("siteName", config.siteName());
        model.put("lang", Languages.tag(visitor.locale()));
        model.put("languages", Languages.SUPPORTED.stream().map(Languages::tag).toList());
        model.put("zone", visitor.zone());
        model.put("theme", visitor.theme());
        model.put("assetVersion", build.assetVersion());
        model.put("csrf", visitor.csrfToken());
        model.put("csrfField", CsrfFilter.FIELD);
        model.put("path", currentPath());
        if (view.source() == null) {
            model.putAll(view.model());
        } else {
            // a template from outside the themes (a plugin's) must not change what the site's layout shows
            view.model().forEach(model::putIfAbsent);
        }
        PebbleTemplate template = (view.source() == null ? themes.engine(visitor.theme())
                : themes.engine(visitor.theme(), view.source())).getTemplate(view.template());
        StringWriter html = new StringWriter(8192);
        template.evaluate(html, model, visitor.locale());
        return html.toString();
    }

    private String currentPath() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
