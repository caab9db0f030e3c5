package qiao.portal.community;

/** A board's settings as typed by an admin, before {@link CommunityRules} checks them. */
public record BoardForm(String slug, String name, String description, String colour, String position,
        String read, String start, String reply) {
}
