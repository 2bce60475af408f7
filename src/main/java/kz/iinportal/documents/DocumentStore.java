package kz.iinportal.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The documents of applications, in PostgreSQL. Authorization is the caller's: it decides who may see or change an
 * application; this store makes sure that a document is only ever reached through its own application.
 */
@ApplicationScoped
public class DocumentStore {

    @Inject
    EntityManager em;

    /**
     * Checks and stores one uploaded file.
     *
     * @throws UploadRejected when the content fails {@link UploadCheck} or the application has
     *         {@link UploadCheck#MAX_DOCUMENTS} documents already; nothing is stored then
     * @throws IllegalArgumentException when there is no such application
     */
    @Transactional
    public ApplicationDocument store(long applicationId, DocumentKind kind, String originalName, byte[] content,
            String uploadedBy) {
        Objects.requireNonNull(kind, "kind");
        if (uploadedBy == null || uploadedBy.isBlank()) {
            throw new IllegalArgumentException("uploadedBy is required");
        }
        DocumentFormat format = UploadCheck.require(content);
        // Concurrent uploads to one application queue here, so that they cannot together go past the limit. The lock
        // does not block inserts that merely reference the application (they take a KEY SHARE lock).
        List<?> application = em.createNativeQuery("SELECT id FROM application WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, applicationId).getResultList();
        if (application.isEmpty()) {
            throw new IllegalArgumentException("No application " + applicationId);
        }
        UploadCheck.checkCount(count(applicationId)).ifPresent(problem -> {
            throw new UploadRejected(problem);
        });

        ApplicationDocument document = new ApplicationDocument();
        document.applicationId = applicationId;
        document.kind = kind;
        document.fileName = SafeFileName.of(originalName, format);
        document.mediaType = format.mediaType();
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.content = content;
        document.uploadedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        document.uploadedBy = uploadedBy;
        document.persist();
        return document;
    }

    /** The application's documents in upload order, without their contents. */
    public List<DocumentInfo> list(long applicationId) {
        return em.createNamedQuery("ApplicationDocument.infoByApplication", DocumentInfo.class)
                .setParameter(1, applicationId).getResultList();
    }

    /** How many documents the application has. */
    public long count(long applicationId) {
        return ApplicationDocument.count("applicationId", applicationId);
    }

    /**
     * The document, only when it belongs to the application. Its content is loaded when first read, so read it in
     * the same transaction or request.
     */
    public Optional<ApplicationDocument> find(long applicationId, long documentId) {
        return ApplicationDocument
                .<ApplicationDocument>find("id = ?1 and applicationId = ?2", documentId, applicationId)
                .firstResultOptional();
    }

    /** Deletes the document when it belongs to the application; whether it did. */
    @Transactional
    public boolean delete(long applicationId, long documentId) {
        return ApplicationDocument.delete("id = ?1 and applicationId = ?2", documentId, applicationId) > 0;
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
