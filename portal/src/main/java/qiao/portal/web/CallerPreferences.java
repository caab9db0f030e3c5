package qiao.portal.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What the signed-in caller chose in their profile, as far as pages care. Empty for visitors who
 * are not signed in. Implemented by the identity feature for the current request.
 */
public interface CallerPreferences {

    boolean signedIn();

    Optional<Locale> language();

    Optional<ZoneId> timeZone();

    Optional<String> theme();
}
