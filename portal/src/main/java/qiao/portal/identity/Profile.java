package qiao.portal.identity;

import java.time.LocalDate;
import java.util.Locale;

/** The editable part of an account, already checked by {@link AccountRules}. */
record Profile(String displayName, String email, String timeZone, Locale language, String theme,
        LocalDate birthday, String bio) {
}
