package qiao.portal.community;

/**
 * A board's settings as typed by an admin, before {@link CommunityRules} checks them.
 *
 * @param freeTags "yes" or "no"; anything else keeps the board's setting (new boards allow free tags)
 * @param moderators usernames separated by commas or spaces; null keeps the board's moderators
 */
record BoardForm(String slug, String name, String description, String colour, String icon, String position,
        String read, String start, String reply, String freeTags, String moderators) {
}
