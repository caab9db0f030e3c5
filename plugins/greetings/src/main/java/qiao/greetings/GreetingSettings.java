package qiao.greetings;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an admin chose: the festivals greeted, the site's own days, whether birthdays are, and the messages in each
 * language, where {@code {name}} is the reader's name and {@code {occasion}} the occasion's. {@code messages} holds
 * the message of every festival without one of its own in {@code messagesOf} (keyed by festival, or
 * {@code day:<key>} for a site's day): 清明 is a day for remembering the dead, not for "happy".
 */
public record GreetingSettings(Set<Festival> festivals, List<SiteDay> siteDays, boolean birthdays, Map<String, String> messages,
        Map<String, Map<String, String>> messagesOf, Map<String, String> birthdayMessages) {

    public static GreetingSettings defaults() {
        return new GreetingSettings(EnumSet.allOf(Festival.class), List.of(), true,
                Map.of("zh-CN", "{name}，祝您{occasion}快乐！", "en", "Happy {occasion}, {name}!"),
                Map.of(Festival.QINGMING.name(), Map.of("zh-CN", "{name}，清明时节，愿您与家人安康。",
                        "en", "{name}, wishing you and your family peace this Qingming."),
                        Festival.LUNAR_NEW_YEARS_EVE.name(), Map.of("zh-CN", "{name}，除夕团圆，祝您新春吉祥！",
                        "en", "{name}, a happy reunion on Chinese New Year's Eve!")),
                Map.of("zh-CN", "{name}，祝您生日快乐！", "en", "Happy birthday, {name}!"));
    }

    public GreetingSettings {
        festivals = Set.copyOf(festivals);
        siteDays = List.copyOf(siteDays);
        messages = Map.copyOf(messages);
        messagesOf = Map.copyOf(messagesOf);
        birthdayMessages = Map.copyOf(birthdayMessages);
    }

    /** The messages, by language, for an occasion: a festival's name or {@code day:<key>}. */
    Map<String, String> messagesFor(String occasion) {
        return messagesOf.getOrDefault(occasion, messages);
    }
}
