package kz.iinportal.complaint;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import kz.iinportal.application.EventDetail;
import kz.iinportal.documents.StoredFile;

/**
 * A file attached to a complaint ({@link StoredFile}), checked like an application's documents and kept apart from
 * them: the case's documents are what the operator decided on, these are what the filer adds against the decision.
 */
@Entity
@Table(name = "complaint_document")
@NamedQuery(name = "ComplaintDocument.ofComplaint",
        query = "from ComplaintDocument d where d.complaintId = ?1 order by d.uploadedAt, d.id")
public class ComplaintDocument extends StoredFile {

    @Column(name = "complaint_id", nullable = false)
    public long complaintId;

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
