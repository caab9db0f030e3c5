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
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the Pebble engine of a theme chain: auto-escaping on, templates looked up nearest-theme first. */
final class TemplateEngines {

    static final String SUFFIX = ".peb";

    private TemplateEngines() {
    }

    static PebbleEngine create(List<Theme> chain) {
        return create(chain, null);
    }

    /** An engine that looks in {@code source} first (null for none) and offers its functions too. */
    static PebbleEngine create(List<Theme> chain, TemplateSource source) {
        return new PebbleEngine.Builder()
                .loader(new ThemeChainLoader(chain, source))
                .extension(new TemplateFunctions())
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return source == null ? Map.of() : source.functions();
                    }
                })
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(true)
                .build();
    }

    /** Finds {@code templates/<name>.peb} in the first theme of the chain that has it. */
    static final class ThemeChainLoader implements Loader<String> {
        private final List<Theme> chain;
        private final TemplateSource source;

        ThemeChainLoader(List<Theme> chain, TemplateSource source) {
            this.chain = chain;
            this.source = source;
        }

        private Optional<URL> find(String name) {
            String file = name.endsWith(SUFFIX) ? name : name + SUFFIX;
            Optional<URL> own = source == null ? Optional.empty() : source.template(file);
            return own.or(() -> chain.stream().map(t -> t.file("templates/" + file)).flatMap(Optional::stream).findFirst());
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
