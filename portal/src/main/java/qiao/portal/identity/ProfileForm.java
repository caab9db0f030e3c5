package qiao.portal.identity;

/** The profile fields as typed, before {@link AccountRules} checks them. */
record ProfileForm(String displayName, String email, String timeZone, String language, String theme,
        String birthday, String bio) {
}
