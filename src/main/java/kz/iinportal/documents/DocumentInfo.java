package kz.iinportal.documents;

import java.time.OffsetDateTime;

/** What a list of documents shows: everything about a stored document except its content. */
public record DocumentInfo(
        long id,
        long applicationId,
        DocumentKind kind,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        OffsetDateTime uploadedAt,
        String uploadedBy) {

    /** Images are shown on the review page itself; PDFs open in the browser's own viewer. */
    public boolean image() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
