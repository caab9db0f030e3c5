package qiao.api.event;

/** A change to a help-center article. */
public interface ArticleEvent extends PortalEvent {

    long articleId();

    /** The section the article is in after the change. */
    long sectionId();
}
