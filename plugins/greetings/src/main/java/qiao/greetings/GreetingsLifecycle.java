package qiao.greetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.pf4j.Extension;
import qiao.api.plugin.Lifecycle;
import qiao.api.plugin.PluginContext;
import qiao.api.settings.SettingsSchema;

/** The greetings' settings, and a warm-up so that the first page after a start does not pay for ICU. */
@Extension
public class GreetingsLifecycle implements Lifecycle {

    static final String FESTIVALS = "festivals";
    static final String SITE_DAYS = "site-days";
    static final String BIRTHDAYS = "birthdays";
    static final String MESSAGE_ZH = "message.zh-CN";
    static final String MESSAGE_EN = "message.en";
    static final String BIRTHDAY_ZH = "birthday.zh-CN";
    static final String BIRTHDAY_EN = "birthday.en";

    private static final SettingsSchema SCHEMA;

    static {
        GreetingSettings defaults = GreetingSettings.defaults();
        SCHEMA = SettingsSchema.builder()
                .list(FESTIVALS, Arrays.stream(Festival.values()).map(Festival::name).toList())
                .list(SITE_DAYS, List.of())
                .bool(BIRTHDAYS, defaults.birthdays())
                .string(MESSAGE_ZH, defaults.messages().get("zh-CN"))
                .string(MESSAGE_EN, defaults.messages().get("en"))
                .string(BIRTHDAY_ZH, defaults.birthdayMessages().get("zh-CN"))
                .string(BIRTHDAY_EN, defaults.birthdayMessages().get("en"))
                .build();
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    public void start(PluginContext context) {
        // reports bad festival names and site-day lines in the log, once
        GreetingsPlugin.settings(context);
        // the first computation of a year's lunar days loads ICU's data: do it now, not inside a page's 250 ms
        LocalDate today = LocalDate.now(context.clock());
        GreetingsPlugin.GREETINGS_CALENDAR.on(today);
        GreetingsPlugin.GREETINGS_CALENDAR.on(today.plusYears(1));
    }
}
