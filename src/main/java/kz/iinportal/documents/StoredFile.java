package kz.iinportal.documents;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A file uploaded to the portal and stored in PostgreSQL, as {@link UploadCheck} passed it: an application's document
 * ({@link ApplicationDocument}) or a complaint's ({@code complaint.ComplaintDocument}), whose tables have these columns
 * alike. The content is loaded lazily, only when read.
 */
@MappedSuperclass
public abstract class StoredFile extends PanacheEntity {

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
}
