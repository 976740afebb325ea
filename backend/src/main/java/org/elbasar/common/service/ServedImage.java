package org.elbasar.common.service;

/**
 * An image as served: its bytes, media type and entity tag, and whether everybody may see it, which decides how long
 * caches may keep it ({@link org.elbasar.common.api.ImageResponses}).
 */
public record ServedImage(byte[] bytes, String contentType, String etag, boolean isPublic) {
}
