package org.elbasar.newsletter.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.common.api.ApiException;
import org.elbasar.newsletter.service.Feeds;

@Path("/api/v1/feeds")
@Tag(name = "Newsletter")
public class FeedResource {

    private static final CacheControl FEED_CACHE = CacheControl.valueOf("public, max-age=300");

    private final Feeds feeds;

    public FeedResource(Feeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{topic}.{format}")
    @PermitAll
    @Produces({ "application/rss+xml", "application/atom+xml", "application/xml", "text/xml" })
    @Operation(operationId = "getFeed", summary = "RSS 2.0 or Atom 1.0 feed of the newest offers or requests, or of coming events",
            description = "For the whole network, or a territory and what lies inside it (offers and requests by their organisation's commune).")
    @APIResponse(responseCode = "200", description = "The feed", content = {
            @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING)) })
    public Response getFeed(
            @PathParam("topic") @Parameter(schema = @Schema(enumeration = { "offers", "requests", "events" }, type = SchemaType.STRING)) String topic,
            @PathParam("format") @Parameter(schema = @Schema(enumeration = { "rss", "atom" }, type = SchemaType.STRING)) String format,
            @QueryParam("territory") @Size(max = 40) @Parameter(description = "A commune, EPCI or département", example = "departement:59") String territory) {
        Feeds.Topic feedTopic = parse(Feeds.Topic.class, topic);
        Feeds.Format feedFormat = parse(Feeds.Format.class, format);
        return Response.ok(feeds.feed(feedTopic, feedFormat, territory), feedFormat.mediaType).cacheControl(FEED_CACHE).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
    }
}
