package org.elbasar.common.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract's header: tags in reading order, and the Problem schema every error answer uses. */
@OpenAPIDefinition(
        info = @Info(title = "elBasar API", version = "1.0.0"),
        tags = {
                @Tag(name = "Accounts", description = "Sign-up, sign-in, sessions and one's own account"),
                @Tag(name = "Directory", description = "Member organisations and their profiles"),
                @Tag(name = "People", description = "The people of an organisation and invitations"),
                @Tag(name = "Join requests", description = "Animators approve or reject organisations that ask to join"),
                @Tag(name = "Charter", description = "The members' charter and its versions"),
                @Tag(name = "Catalogue", description = "Offers and requests: publish, find, moderate"),
                @Tag(name = "Saved searches", description = "Searches whose new matches are emailed daily"),
                @Tag(name = "Hotline", description = "Needs, suggestions that explain themselves, introductions and their follow-up"),
                @Tag(name = "Exchanges", description = "Exchanges declared and confirmed, their valuation, cooperation agreements and testimonials"),
                @Tag(name = "Impact", description = "Figures of confirmed exchanges and events for the network, a territory, a sector or an organisation"),
                @Tag(name = "Events", description = "Convivial events: registrations and waiting lists, check-in, iCalendar files and feeds"),
                @Tag(name = "Newsletter", description = "The monthly newsletter: drafts, sending, archive and subscriptions; the post of the day; RSS and Atom feeds"),
                @Tag(name = "Partner", description = "Partner platforms such as Ceres: credentials (admins), OAuth 2 client-credentials tokens, and the partner API"),
                @Tag(name = "Audit", description = "Sensitive actions, for admins"),
                @Tag(name = "Reference data", description = "Territories of Hauts-de-France and sectors of activity")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public final class ApiDefinition {

    private ApiDefinition() {
    }
}
