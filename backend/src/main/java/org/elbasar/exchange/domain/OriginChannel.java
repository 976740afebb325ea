package org.elbasar.exchange.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OriginChannel", description = "Where the parties found each other")
public enum OriginChannel {
    HOTLINE, EVENT, NEWSLETTER, POST_OF_THE_DAY, CATALOGUE, PARTNER, DIRECT
}
