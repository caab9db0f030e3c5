package qiao.greetings;

/**
 * One thing greeted once: a festival, a day the site added, or a birthday, in one year. Its {@code key} is what
 * "exactly once per user per occasion" is counted by.
 *
 * @param key      for example {@code SPRING_FESTIVAL/2026}, {@code day:founding/2026}, {@code birthday/2026}
 * @param name     what it is called in the reader's language (empty for a birthday)
 * @param birthday whether it is the reader's own birthday
 */
public record Occasion(String key, String name, boolean birthday) {
}
