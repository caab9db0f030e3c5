package qiao.portal.helpcenter;

import qiao.portal.identity.Access;

/** What a section is, checked: its name, description, icon, category (none for a category), access and place. */
record SectionSettings(String name, String description, String icon, Long parentId, Access access, int position) {
}
