package qiao.portal.web;

import java.util.Locale;

/** A visitor picked a language with the switcher (features may remember it, e.g. in the profile). */
public record LanguageChosen(Locale locale) {
}
