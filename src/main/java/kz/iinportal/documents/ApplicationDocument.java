package kz.iinportal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A file uploaded to an application ({@link StoredFile}). The content is loaded lazily, only when read; lists use
 * {@link DocumentInfo} (the named query below), which never selects it.
 *
 * <p>The application is kept as its id, not as an association, so that this package does not depend on the
 * application's entity; the database enforces the reference (and deletes the documents with their application).
 */
@Entity
@Table(name = "application_document")
@NamedQuery(name = "ApplicationDocument.infoByApplication", query = """
        select new kz.iinportal.documents.DocumentInfo(d.id, d.applicationId, d.kind, d.fileName, d.mediaType,
               d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy)
        from ApplicationDocument d where d.applicationId = ?1 order by d.uploadedAt, d.id""")
public class ApplicationDocument extends StoredFile {

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DocumentKind kind;

    public DocumentInfo info() {
        return new DocumentInfo(id, applicationId, kind, fileName, mediaType, sizeBytes, sha256, uploadedAt,
                uploadedBy);
    }

    @Override
    public String toString() {
        return "ApplicationDocument " + id + " of application " + applicationId + ": " + kind + " " + fileName;
    }
}
