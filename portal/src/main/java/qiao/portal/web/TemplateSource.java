package qiao.portal.web;

import io.pebbletemplates.pebble.extension.Function;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

/**
 * Templates (and functions for them) from outside the themes, looked up before the theme chain, so that such a
 * template can extend the theme's {@code layout}: a plugin's pages.
 */
public interface TemplateSource {

    /** Names the source for the engines' cache; a new name for new templates. */
    String name();

    Optional<URL> template(String name);

    Map<String, Function> functions();
}
