package qiao.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search index for admins' scripts: its state, and a rebuild from the database. */
@Path("api/v1/admin/search")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminApi {

    /** The index now; {@code lagSeconds} is the age of the oldest change not yet indexed. */
    public record StatusJson(String engine, boolean available, long documents, long waiting, long lagSeconds, Instant lastIndexed,
            String lastError, Instant lastErrorAt, ReindexJson reindex, SelfServiceJson selfService) {
    }

    /** The last or current rebuild: requested, running or done. */
    public record ReindexJson(String state, long total, long done, int percent, double rate, long etaSeconds, Instant startedAt,
            Instant finishedAt) {
    }

    /** Composers shown similar questions over the last days, and how many of their questions self-service answered. */
    public record SelfServiceJson(int days, long shown, long opened, long answered, double rate) {
    }

    /** A rebuild was asked for. */
    public record RebuildJson(String state) {
    }

    @Inject
    SearchAdmin admin;

    @Inject
    Deflections deflections;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The search index: engine, documents, outbox lag, last error, rebuild progress (admins)")
    @APIResponse(responseCode = "200", description = "The state of search")
    public StatusJson status() {
        SearchStatus s = admin.status();
        SearchStatus.Reindex r = s.reindex();
        Deflections.Stats d = deflections.stats(SearchAdminPage.STATS_DAYS);
        return new StatusJson(s.engine(), s.available(), s.documents(), s.waiting(), s.lagSeconds(clock.instant()), s.lastIndexed(),
                s.lastError(), s.lastErrorAt(), r == null ? null : new ReindexJson(r.state(), r.total(), r.done(), r.percent(), r.rate(),
                        r.etaSeconds(), r.startedAt(), r.finishedAt()),
                new SelfServiceJson(d.days(), d.shown(), d.opened(), d.answered(), d.rate()));
    }

    @POST
    @Path("reindex")
    @Operation(summary = "Rebuild the index from the database (admins)", description = "The old index answers searches until the new "
            + "one is complete; follow the progress in GET /api/v1/admin/search.")
    @APIResponse(responseCode = "202", description = "Asked for; it starts within a moment")
    public Response reindex() {
        admin.startRebuild();
        return Response.accepted(new RebuildJson("requested")).build();
    }
}
