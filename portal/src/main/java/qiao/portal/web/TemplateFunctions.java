package qiao.portal.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;

/**
 * What templates may call besides Pebble's own: {@code t('key', args...)} for localized text,
 * {@code asset('css/site.css')} for a theme file, and the filters {@code datetime} and {@code date}
 * that show a moment in the visitor's time zone and language.
 */
public final class TemplateFunctions extends AbstractExtension {

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate(), "asset", new Asset(), "slot", new Slot());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("datetime", new Moment(FormatStyle.MEDIUM, true), "date", new Moment(FormatStyle.LONG, false));
    }

    /** The arguments after the key of a function called as {@code f('key', a, b…)}, in order. */
    public static List<Object> arguments(Map<String, Object> args) {
        List<Object> params = new ArrayList<>();
        for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
            params.add(args.get(String.valueOf(i)));
        }
        return params;
    }

    private static final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return Messages.get(context.getLocale(), String.valueOf(args.get("0")), arguments(args));
        }
    }

    /** {@code slot('banner')} or {@code slot('thread.after-question', thread.id)}: what extensions put there. */
    private static final class Slot implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("name", "subject");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            if (!(context.getVariable(PageSlots.VARIABLE) instanceof PageSlots slots)) {
                return "";
            }
            Object subject = args.get("subject");
            return new SafeString(slots.render(String.valueOf(args.get("name")), subject instanceof Number n ? n.longValue() : null));
        }
    }

    private static final class Asset implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return "/static/" + context.getVariable("theme") + "/" + context.getVariable("assetVersion") + "/"
                    + args.get("path");
        }
    }

    private static final class Moment implements Filter {
        private final FormatStyle style;
        private final boolean withTime;

        Moment(FormatStyle style, boolean withTime) {
            this.style = style;
            this.withTime = withTime;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                int line) {
            if (input == null) {
                return "";
            }
            ZoneId zone = context.getVariable("zone") instanceof ZoneId z ? z : ZoneId.of("UTC");
            DateTimeFormatter format = (withTime ? DateTimeFormatter.ofLocalizedDateTime(style, FormatStyle.SHORT)
                    : DateTimeFormatter.ofLocalizedDate(style)).withLocale(context.getLocale());
            TemporalAccessor value = switch (input) {
                case Instant i -> i.atZone(zone);
                case OffsetDateTime o -> o.atZoneSameInstant(zone);
                case LocalDate d -> withTime ? d.atStartOfDay(zone) : d;
                default -> throw new IllegalArgumentException("not a date or time: " + input.getClass());
            };
            return format.format(value);
        }
    }
}
