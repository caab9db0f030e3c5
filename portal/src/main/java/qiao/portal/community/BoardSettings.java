package qiao.portal.community;

import qiao.portal.identity.Access;
/** A board's settings, already checked by {@link CommunityRules}. */
record BoardSettings(String slug, String name, String description, String colour, String icon, int position,
        Access read, Access start, Access reply, boolean freeTags) {
}
