package qiao.portal.identity;

/**
 * An account as other people see it next to what it wrote.
 *
 * @param staff  whether to show the staff badge (官方)
 * @param erased whether the account was erased: shown as a deleted user, with no page to link to
 */
public record Author(long id, String username, String displayName, boolean staff, boolean erased) {
}
