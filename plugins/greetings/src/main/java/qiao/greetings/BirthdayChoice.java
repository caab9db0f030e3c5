package qiao.greetings;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person chose on "my greetings", kept in their own storage under {@code birthday}: {@code off} (no birthday
 * greeting, also when nothing is stored), {@code gregorian} (the birthday of their profile) or
 * {@code lunar:<month>:<day>:<leap month>} (a lunar birthday they gave here, such as {@code lunar:8:15:false}).
 */
record BirthdayChoice(Kind kind, Optional<Birthday> lunar) {

    static final String STORAGE_KEY = "birthday";
    static final BirthdayChoice OFF = new BirthdayChoice(Kind.OFF, Optional.empty());

    enum Kind {
        OFF, GREGORIAN, LUNAR
    }

    BirthdayChoice {
        if (kind == Kind.LUNAR != lunar.isPresent() || lunar.isPresent() && !lunar.get().lunar()) {
            throw new IllegalArgumentException("a lunar choice, and only it, holds a lunar birthday");
        }
    }

    static BirthdayChoice gregorian() {
        return new BirthdayChoice(Kind.GREGORIAN, Optional.empty());
    }

    static BirthdayChoice lunar(int month, int day, boolean leapMonth) {
        return new BirthdayChoice(Kind.LUNAR, Optional.of(Birthday.lunar(month, day, leapMonth)));
    }

    /** The stored choice; a record that does not read (it was written by this plugin, so it should) counts as off. */
    static BirthdayChoice stored(Optional<String> value) {
        try {
            return value.map(BirthdayChoice::parse).orElse(OFF);
        } catch (IllegalArgumentException e) {
            return OFF;
        }
    }

    /** @throws IllegalArgumentException for anything but the forms above */
    static BirthdayChoice parse(String value) {
        if (value.equals("off")) {
            return OFF;
        }
        if (value.equals("gregorian")) {
            return gregorian();
        }
        String[] parts = value.split(":", -1);
        if (parts.length == 4 && parts[0].equals("lunar") && (parts[3].equals("true") || parts[3].equals("false"))) {
            return lunar(number(parts[1]), number(parts[2]), Boolean.parseBoolean(parts[3]));
        }
        throw new IllegalArgumentException("not a birthday choice: " + value);
    }

    /**
     * The choice a person made in the form: {@code birthday} = off, gregorian or lunar; for lunar, {@code month}
     * (1–12), {@code day} (1–30) and {@code leap} (a checkbox: present means a leap month).
     *
     * @throws IllegalArgumentException for a missing or bad field
     */
    static BirthdayChoice ofForm(Optional<String> kind, Optional<String> month, Optional<String> day, Optional<String> leap) {
        return switch (kind.map(String::strip).orElse("")) {
            case "off" -> OFF;
            case "gregorian" -> gregorian();
            case "lunar" -> lunar(number(month.orElse("")), number(day.orElse("")), leap.isPresent() && !leap.get().equals("false"));
            default -> throw new IllegalArgumentException("no such choice: " + kind.orElse(""));
        };
    }

    /** How it is stored. */
    String format() {
        return switch (kind) {
            case OFF -> "off";
            case GREGORIAN -> "gregorian";
            case LUNAR -> "lunar:" + lunar.get().month() + ":" + lunar.get().day() + ":" + lunar.get().leapMonth();
        };
    }

    /** Whether the profile's birthday is needed to know the day. */
    boolean needsProfile() {
        return kind == Kind.GREGORIAN;
    }

    /** The birthday to greet, given the profile's (which counts only for a Gregorian choice). */
    Optional<Birthday> birthday(Optional<LocalDate> profile) {
        return switch (kind) {
            case OFF -> Optional.empty();
            case GREGORIAN -> profile.map(date -> Birthday.gregorian(date.getMonthValue(), date.getDayOfMonth()));
            case LUNAR -> lunar;
        };
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text);
        }
    }
}
