package qiao.portal.plugin;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import qiao.api.plugin.Fragment;
import qiao.portal.web.TemplateFunctions;
import qiao.portal.web.TemplateSource;

/**
 * A plugin's Pebble templates ({@code templates/*.peb} in its own files, never the portal's or another plugin's),
 * looked up before the site theme's so that they can extend its {@code layout}, with two functions of their own:
 * {@code pt('key', args…)} for the plugin's texts and {@code fragment(f)} to show a {@link Fragment} as a slot would.
 */
record PluginTemplates(LoadedPlugin plugin) implements TemplateSource {

    static final String SLOTS_VARIABLE = "_pluginSlots";

    @Override
    public String name() {
        return "plugin:" + plugin.id + ":" + plugin.sha256;
    }

    @Override
    public Optional<URL> template(String name) {
        if (name.contains("..")) {
            return Optional.empty();
        }
        try {
            var own = ((java.net.URLClassLoader) plugin.loader).findResource("templates/" + name);
            return Optional.ofNullable(own);
        } catch (ClassCastException notAPluginLoader) {
            return Optional.empty();
        }
    }

    @Override
    public Map<String, Function> functions() {
        return Map.of("pt", new Texts(plugin), "fragment", new Fragments(plugin));
    }

    private record Texts(LoadedPlugin plugin) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return plugin.context.messages().get(String.valueOf(context.getVariable("lang")), String.valueOf(args.get("0")),
                    TemplateFunctions.arguments(args).toArray());
        }
    }

    private record Fragments(LoadedPlugin plugin) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("fragment");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            if (args.get("fragment") instanceof Fragment fragment && context.getVariable(SLOTS_VARIABLE) instanceof PluginSlots slots) {
                return new SafeString(slots.fragment(plugin, "page", fragment));
            }
            return "";
        }
    }
}
