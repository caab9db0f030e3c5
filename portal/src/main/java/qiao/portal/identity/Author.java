package qiao.portal.identity;

/**
 * An account as other people see it next to what it wrote.
 *
 * @param staff whether to show the staff badge (官方)
 */
public record Author(long id, String username, String displayName, boolean staff) {
}
