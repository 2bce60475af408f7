package kz.iinportal.complaint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** A stored file sent back as a download: never shown by the browser, never cached, its name safe in the header. */
final class Downloads {

    private Downloads() {
    }

    static Response attachment(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._ -]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("Cache-Control", "no-store").build();
    }
}
