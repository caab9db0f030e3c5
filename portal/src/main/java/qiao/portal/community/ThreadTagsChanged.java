package qiao.portal.community;

/** Threads gained or lost tags, or a tagged thread was deleted or restored (fired inside the writing transaction). */
public record ThreadTagsChanged() {
}
