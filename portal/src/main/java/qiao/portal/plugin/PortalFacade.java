package qiao.portal.plugin;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import qiao.api.portal.Notice;
import qiao.api.portal.Portal;
import qiao.api.portal.PostView;
import qiao.api.portal.ThreadView;
import qiao.api.portal.UserView;
import qiao.portal.community.ThreadAccess;
import qiao.portal.community.ThreadSnapshots;
import qiao.portal.identity.AccountViews;
import qiao.portal.notify.PluginNotices;

/** The portal as one plugin sees it, through the features' own services. */
record PortalFacade(String pluginId, ThreadSnapshots threads, AccountViews accounts, ThreadAccess access, PluginNotices notices,
        PluginData data) implements Portal {

    static final String NOTE_PREFIX = "_note/";
    private static final int NOTE_MAX = 500;

    @Override
    public Optional<ThreadView> thread(long threadId) {
        return Interrupts.shielded(() -> threads.thread(threadId));
    }

    @Override
    public Optional<PostView> post(long postId) {
        return Interrupts.shielded(() -> threads.post(postId));
    }

    @Override
    public Optional<UserView> user(long accountId) {
        return Interrupts.shielded(() -> accounts.find(accountId));
    }

    @Override
    public List<UserView> users(long afterId, int limit) {
        return Interrupts.shielded(() -> accounts.after(afterId, limit));
    }

    @Override
    public Set<String> roles(long accountId) {
        return user(accountId).map(UserView::roles).orElse(Set.of());
    }

    @Override
    public boolean canRead(long accountId, long threadId) {
        return Interrupts.shielded(() -> access.readers(threadId, List.of(accountId)).contains(accountId));
    }

    @Override
    public boolean notify(long accountId, Notice notice) {
        return Interrupts.shielded(() -> {
            try {
                return notices.send(pluginId, accountId, notice);
            } catch (PersistenceException | TransactionalException sentAlreadyOrNoSuchPerson) {
                return false;
            }
        });
    }

    @Override
    public void postSystemNote(long threadId, String text) {
        if (text == null || text.isBlank() || text.length() > NOTE_MAX) {
            throw new IllegalArgumentException("a note has 1 to " + NOTE_MAX + " characters");
        }
        if (thread(threadId).isEmpty()) {
            throw new IllegalArgumentException("no thread " + threadId);
        }
        Interrupts.shielded(() -> data.put(pluginId, null, NOTE_PREFIX + threadId, text.strip()));
    }
}
