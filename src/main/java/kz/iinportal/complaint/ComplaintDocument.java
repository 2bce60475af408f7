package kz.iinportal.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import kz.iinportal.application.EventDetail;

/**
 * A file attached to a complaint, checked like an application's documents ({@code documents.UploadCheck}) and kept
 * apart from them: the case's documents are what the operator decided on, these are what the filer adds against the
 * decision. The content is loaded only when read.
 */
@Entity
@Table(name = "complaint_document")
@NamedQuery(name = "ComplaintDocument.ofComplaint",
        query = "from ComplaintDocument d where d.complaintId = ?1 order by d.uploadedAt, d.id")
public class ComplaintDocument extends PanacheEntity {

    @Column(name = "complaint_id", nullable = false)
    public long complaintId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    /** How an audit event names the file: the complaint, the document's id and fingerprint. */
    public EventDetail auditDetail(String complaintReference) {
        return EventDetail.document(id, fileName, sha256).withComplaint(complaintReference);
    }

    public static List<ComplaintDocument> ofComplaint(long complaintId) {
        return find("#ComplaintDocument.ofComplaint", complaintId).list();
    }

    /** The document, only when it belongs to the complaint. */
    public static Optional<ComplaintDocument> find(long complaintId, long documentId) {
        return find("id = ?1 and complaintId = ?2", documentId, complaintId).firstResultOptional();
    }
}
