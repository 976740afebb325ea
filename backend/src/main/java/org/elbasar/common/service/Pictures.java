package org.elbasar.common.service;

import jakarta.ws.rs.core.Response.Status;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.elbasar.common.api.ApiException;

/**
 * Uploaded pictures (item photos, event images): JPEG or PNG of at most 5 MB, decoded and re-encoded (which drops
 * their metadata, such as a phone's GPS position) at most 1600 px wide, with a 480 px thumbnail.
 */
public final class Pictures {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_SIDE = 1600;
    private static final int THUMBNAIL_SIDE = 480;

    /** A picture ready to store. */
    public record Picture(byte[] content, String contentType, byte[] thumbnail, int width, int height) {
    }

    private Pictures() {
    }

    /** The upload as a picture to store, or a 400/413/415 naming the field {@code file}. */
    public static Picture read(Path upload) {
        if (upload == null) {
            throw ApiException.invalid("file", "validation.photo-missing");
        }
        byte[] bytes = bytes(upload);
        if (bytes.length > MAX_BYTES) {
            throw ApiException.withField(Status.REQUEST_ENTITY_TOO_LARGE, "validation", "file", "validation.photo-size");
        }
        String format = format(bytes);
        BufferedImage image = format == null ? null : decode(bytes);
        if (image == null) {
            throw ApiException.withField(Status.UNSUPPORTED_MEDIA_TYPE, "validation", "file", "validation.photo-type");
        }
        boolean png = "png".equals(format);
        BufferedImage full = scale(image, MAX_SIDE, png);
        return new Picture(encode(full, png ? "png" : "jpg"), "image/" + (png ? "png" : "jpeg"),
                encode(scale(image, THUMBNAIL_SIDE, false), "jpg"), full.getWidth(), full.getHeight());
    }

    /** The format the bytes really are (not what the client said), by their signature. */
    static String format(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "png";
        }
        return null;
    }

    private static byte[] bytes(Path upload) {
        try {
            return Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage scale(BufferedImage source, int maxSide, boolean keepAlpha) {
        double ratio = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(source.getHeight() * ratio));
        BufferedImage target = new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (!keepAlpha) {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
        }
        graphics.drawImage(source, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
