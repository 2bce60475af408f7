package kz.iinportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Steps that change nothing but must be in a case's timeline (personal data viewed, a document opened or downloaded),
 * each in its own short transaction: the page's reads come first, then the event, so the audit chain's head is held
 * only for the insert.
 */
@ApplicationScoped
public class CaseEvents {

    @Transactional
    public void record(long applicationId, String actor, String actorRole, EventKind kind, EventDetail detail) {
        Application.<Application>findByIdOptional(applicationId)
                .ifPresent(app -> app.record(actor, actorRole, kind, detail));
    }
}
