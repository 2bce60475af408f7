package kz.iinportal.documents;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A file uploaded to an application, stored in PostgreSQL. The content is loaded lazily, only when read; lists use
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
public class ApplicationDocument extends PanacheEntity {

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DocumentKind kind;

    /** Made safe by {@link SafeFileName#of(String, DocumentFormat)}. */
    @Column(name = "file_name", nullable = false, length = 120)
    public String fileName;

    /** Detected from the content: {@code application/pdf}, {@code image/jpeg} or {@code image/png}. */
    @Column(name = "media_type", nullable = false, length = 40)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    /** SHA-256 of the content, lower-case hex. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    /** Login of the person who uploaded the file. */
    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;

    public DocumentInfo info() {
        return new DocumentInfo(id, applicationId, kind, fileName, mediaType, sizeBytes, sha256, uploadedAt,
                uploadedBy);
    }

    @Override
    public String toString() {
        return "ApplicationDocument " + id + " of application " + applicationId + ": " + kind + " " + fileName;
    }
}
