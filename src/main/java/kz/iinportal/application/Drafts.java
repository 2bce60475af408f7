package kz.iinportal.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.web.PortalConfig;

/**
 * Drafts change here, each step in a transaction of its own that has ended before the next page is rendered. The
 * caller has already checked that the filer may work on the draft ({@link ApplicationAccess}); here the row is locked,
 * so a step saved while the same draft is being submitted in another tab either lands before the submission or is
 * refused as {@link DraftClosed}.
 */
@ApplicationScoped
public class Drafts {

    @Inject
    DocumentStore documents;

    @Inject
    PortalConfig config;

    @Inject
    Submission submission;

    /** Starts a draft; refused when the filer already has as many open drafts as they may (iin.drafts.max-open). */
    @Transactional
    public Application create(Service service, Channel channel, Filer filer, ServiceCentre centre, String login,
            String role, String language) {
        // One filer's concurrent "start" requests queue here, so that together they cannot go past the limit.
        Application.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "drafts|" + login).getSingleResult();
        if (Application.openDraftsOf(login) >= config.maxOpenDrafts()) {
            throw new TooManyDrafts();
        }
        Application app = new Application();
        app.service = service;
        app.channel = channel;
        app.filer = filer;
        app.serviceCentre = centre;
        app.createdBy = login;
        app.language = language;
        app.persist();
        app.record(login, role, EventKind.CREATED);
        return app;
    }

    /** Applies one step's answers to the draft. */
    @Transactional
    public void save(long id, Consumer<Application> step) {
        Application app = locked(id);
        step.accept(app);
        app.updatedAt = OffsetDateTime.now();
    }

    /**
     * Changes the draft's service. A formation names no IIN to correct, so a correction that becomes a formation loses
     * its IIN and reason (asked again if it becomes a correction once more); every other answer and every upload
     * stays, and the check page lists them (a proof of corrected data can be removed there). Answers the first step
     * still to answer, or the check page when none is.
     */
    @Transactional
    public Step changeService(long id, Service service) {
        Application app = locked(id);
        app.service = service;
        if (service != Service.CORRECTION) {
            app.currentIin = null;
            app.correctionReason = null;
        }
        app.updatedAt = OffsetDateTime.now();
        List<String> missing = submission.missingAnswers(app);
        return missing.isEmpty() ? Step.CHECK : Step.ofId(missing.get(0));
    }

    /**
     * Adds an uploaded document to the draft. The draft's row lock orders it with a submission of the same draft, so
     * a document never lands on a submitted case.
     */
    @Transactional
    public void addDocument(long id, DocumentKind kind, String fileName, byte[] content, String uploadedBy) {
        locked(id);
        documents.store(id, kind, fileName, content, uploadedBy);
    }

    /** Removes a document from the draft; false when the draft has no such document. */
    @Transactional
    public boolean removeDocument(long id, long documentId) {
        locked(id);
        return documents.delete(id, documentId);
    }

    /** Deletes the draft; its history stays, the audit log is append-only. */
    @Transactional
    public void delete(long id, String actor, String role) {
        Application app = locked(id);
        app.record(actor, role, EventKind.DELETED);
        app.delete();
    }

    /** The draft, locked until the transaction ends; {@link DraftClosed} once it is a case (or gone). */
    static Application locked(long id) {
        Application app = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (app == null || app.status != ApplicationStatus.DRAFT) {
            throw new DraftClosed(id);
        }
        return app;
    }

    /** The filer already has as many open drafts as they may. */
    public static class TooManyDrafts extends RuntimeException {
        TooManyDrafts() {
            super(null, null, false, false);
        }
    }
}
