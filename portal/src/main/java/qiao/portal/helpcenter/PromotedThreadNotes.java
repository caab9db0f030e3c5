package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import qiao.portal.community.ThreadNotes;
import qiao.portal.identity.Caller;
import qiao.portal.web.Visitor;

/**
 * Under a thread's question: "this answer became an article" with a link, where the reader may read the
 * article; and for staff, on a solved thread, a way to promote it.
 */
@ApplicationScoped
class PromotedThreadNotes implements ThreadNotes {

    @Inject
    Promotions promotions;

    @Inject
    Articles articles;

    @Inject
    HelpSections sections;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Override
    public List<Note> notes(long threadId, boolean solved) {
        List<Note> notes = new ArrayList<>();
        for (Article article : promotions.of(threadId)) {
            if (sections.mayRead(article.sectionId()) && articles.visible(article)) {
                notes.add(new Note("promoted-" + article.id(), visitor.text("help.promoted.note"), article.title(), "/help/a/" + article.id()));
            }
        }
        if (solved && notes.isEmpty() && HelpPeople.writes(caller.person())) {
            notes.add(new Note("promote-" + threadId, visitor.text("help.promote.offer"), visitor.text("help.promote.link"),
                    "/help/promote/" + threadId));
        }
        return notes;
    }
}
