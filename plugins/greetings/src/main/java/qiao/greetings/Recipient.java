package qiao.greetings;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Whom a greeting is for, as much as the greetings need: the name they go by, where they are, the language they
 * read, and their birthday if they asked to be greeted on it.
 */
public record Recipient(String name, ZoneId zone, String language, Optional<Birthday> birthday) {
}
