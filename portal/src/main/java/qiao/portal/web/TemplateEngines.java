package qiao.portal.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Builds the Pebble engine of a theme chain: auto-escaping on, templates looked up nearest-theme first. */
final class TemplateEngines {

    static final String SUFFIX = ".peb";

    private TemplateEngines() {
    }

    static PebbleEngine create(List<Theme> chain) {
        return new PebbleEngine.Builder()
                .loader(new ThemeChainLoader(chain))
                .extension(new TemplateFunctions())
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(true)
                .build();
    }

    /** Finds {@code templates/<name>.peb} in the first theme of the chain that has it. */
    static final class ThemeChainLoader implements Loader<String> {
        private final List<Theme> chain;

        ThemeChainLoader(List<Theme> chain) {
            this.chain = chain;
        }

        private Optional<URL> find(String name) {
            String path = "templates/" + (name.endsWith(SUFFIX) ? name : name + SUFFIX);
            return chain.stream().map(t -> t.file(path)).flatMap(Optional::stream).findFirst();
        }

        @Override
        public Reader getReader(String name) {
            URL url = find(name).orElseThrow(() -> new LoaderException(null, "No template " + name + " in themes "
                    + chain.stream().map(Theme::name).toList()));
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean resourceExists(String name) {
            return find(name).isPresent();
        }

        @Override
        public String createCacheKey(String name) {
            return name;
        }

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            return relativePath;
        }

        @Override
        public void setCharset(String charset) {
            // always UTF-8
        }

        @Override
        public void setPrefix(String prefix) {
            // themes decide where templates live
        }

        @Override
        public void setSuffix(String suffix) {
            // always .peb
        }
    }
}
