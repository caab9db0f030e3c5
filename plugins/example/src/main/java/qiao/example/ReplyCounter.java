package qiao.example;

import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;
import qiao.api.event.PortalEvent;
import qiao.api.event.PostPublished;
import qiao.api.plugin.EventListener;
import qiao.api.plugin.PluginContext;

/**
 * Counts the replies of each thread, in a JSON document per thread. Events come at least once: after a crash or a retry the same reply can be
 * counted twice. That is fine for a demo; a plugin that must count exactly would record each post id with
 * {@code putIfAbsent} and count only when it returns true.
 */
@Extension
public class ReplyCounter implements EventListener {

    @Override
    public Set<Class<? extends PortalEvent>> events() {
        return Set.of(PostPublished.class);
    }

    @Override
    public void on(PortalEvent event, PluginContext context) {
        PostPublished reply = (PostPublished) event;
        long heard = Replies.of(context, reply.threadId());
        context.storage().putDocument(Replies.PREFIX + reply.threadId(), Map.of("replies", heard + 1, "lastPostId", reply.postId()));
        if (heard == 0) {
            // a line under the question, for everyone who may read the thread
            context.portal().postSystemNote(reply.threadId(), context.messages().get("zh-CN", "hello.firstReply"));
        }
    }
}
