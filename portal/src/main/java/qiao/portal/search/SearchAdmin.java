package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;

/** What admins see of search and may do to it: its state, and a rebuild of the index. */
@ApplicationScoped
class SearchAdmin {

    @Inject
    SearchEngine engine;

    @Inject
    OutboxRows outbox;

    @Inject
    SearchState state;

    @Inject
    SearchIndexer indexer;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    SearchStatus status() {
        caller.require(Role.ADMIN);
        String description;
        boolean available;
        long documents = 0;
        try {
            SearchIndex index = engine.index();
            documents = index.count();
            description = index.describe();
            available = true;
        } catch (SearchUnavailable e) {
            description = e.getMessage();
            available = false;
        }
        OutboxRows.Lag lag = outbox.lag();
        Optional<SearchState.Value> error = state.value(SearchState.ERROR);
        return new SearchStatus(description, available, documents, lag.waiting(), lag.oldest().orElse(null),
                state.value(SearchState.INDEXED).map(SearchState.Value::at).orElse(null), error.map(SearchState.Value::text).orElse(null),
                error.map(SearchState.Value::at).orElse(null), lastRebuild().orElse(null));
    }

    private Optional<SearchStatus.Reindex> lastRebuild() {
        return state.value(SearchState.REINDEX).map(r -> {
            long total = state.value(SearchState.REINDEX_TOTAL).map(SearchState.Value::num).orElse(0L);
            long done = state.value(SearchState.REINDEX_DONE).map(SearchState.Value::num).orElse(0L);
            Instant finished = r.text().equals("done") ? state.value(SearchState.REINDEX_FINISHED).map(SearchState.Value::at).orElse(null) : null;
            Instant started = r.text().equals("requested") ? null
                    : state.value(SearchState.REINDEX_STARTED).map(SearchState.Value::at).orElse(null);
            Instant end = finished != null ? finished : clock.instant();
            double seconds = started == null ? 0 : Math.max(0.001, Duration.between(started, end).toMillis() / 1000.0);
            double rate = started == null ? 0 : done / seconds;
            long eta = r.text().equals("running") && rate > 0 ? (long) Math.ceil((total - done) / rate) : -1;
            return new SearchStatus.Reindex(r.text(), total, done, started, finished, rate, eta);
        });
    }

    void startRebuild() {
        caller.require(Role.ADMIN);
        indexer.requestRebuild();
    }
}
