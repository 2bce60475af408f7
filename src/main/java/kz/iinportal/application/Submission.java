package kz.iinportal.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.iinportal.calendar.WorkingCalendar;
import kz.iinportal.documents.DocumentInfo;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.notice.NoticeKind;
import kz.iinportal.notice.Notices;
import kz.iinportal.web.Kazakhstan;

/** The rules in force and the act of submitting: what may be filed today, what is missing, and the reference. */
@ApplicationScoped
public class Submission {

    @Inject
    Notices notices;

    @Inject
    DocumentStore documents;

    @Inject
    WorkingCalendar calendar;

    /** Services whose rules in force today accept this channel and filer, in the order of the enum. */
    public List<Service> servicesOffered(Channel channel, Filer filer) {
        LocalDate today = Kazakhstan.today();
        return Arrays.stream(Service.values())
                .filter(s -> ServiceRule.inForce(s, today).map(r -> r.allows(channel, filer)).orElse(false))
                .toList();
    }

    public boolean allowedToday(Application app) {
        return ServiceRule.inForce(app.service, Kazakhstan.today()).map(r -> r.allows(app.channel, app.filer))
                .orElse(false);
    }

    /** The steps whose answers are still missing, by step name. */
    public List<String> missingAnswers(Application app) {
        List<String> missing = new ArrayList<>();
        if (app.filer == Filer.REPRESENTATIVE && (app.authorityKind == null || app.authorityNumber == null
                || app.authorityValidUntil == null || app.noticeRecipients == null)) {
            missing.add("authority");
        }
        if (app.service == Service.CORRECTION && (app.currentIin == null || app.correctionReason == null)) {
            missing.add("correction");
        }
        if (app.familyName == null || app.birthDate == null || app.sex == null || app.placeOfBirth == null) {
            missing.add("person");
        }
        if (app.documentType == null || app.documentNumber == null || app.documentExpiryDate == null) {
            missing.add("document");
        }
        if (app.address == null || app.region == null || (app.email == null && app.emailRequired())
                || app.phone == null) {
            missing.add("stay");
        }
        Set<DocumentKind> uploaded = documents.list(app.id).stream().map(DocumentInfo::kind)
                .collect(Collectors.toSet());
        if (!uploaded.containsAll(requiredDocuments(app))) {
            missing.add("documents");
        }
        return missing;
    }

    /**
     * The documents the rules in force require for this application, plus a translation when the name or place of
     * birth is written in neither Latin nor Cyrillic script.
     */
    public List<DocumentKind> requiredDocuments(Application app) {
        List<DocumentKind> required = new ArrayList<>();
        ServiceRule.inForce(app.service, Kazakhstan.today()).ifPresent(rule -> rule.requiredDocumentKinds().stream()
                .map(DocumentKind::valueOf).forEach(required::add));
        if (app.filer == Filer.REPRESENTATIVE) {
            required.add(DocumentKind.AUTHORITY);
        }
        if (needsTranslation(app.placeOfBirth) || needsTranslation(app.familyNameCyrillic)
                || needsTranslation(app.givenNamesCyrillic)) {
            required.add(DocumentKind.TRANSLATION);
        }
        return required;
    }

    static boolean needsTranslation(String text) {
        return text != null && text.codePoints().filter(Character::isLetter).anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC;
        });
    }

    /**
     * Submits the filer's draft: locked, so an upload or a step saved at the same moment lands before it or is
     * refused; a second submission (double click, Back and resend) finds a case and changes nothing. False when an
     * answer is missing after all (the caller shows the check page again).
     */
    @Transactional
    public boolean submitDraft(long id, String actor, String role, String filerEmail) {
        Application app = Drafts.locked(id);
        // checked again under the lock: a document removed in another tab a moment ago is missing now
        if (!missingAnswers(app).isEmpty()) {
            return false;
        }
        if (filerEmail != null) {
            app.filerEmail = filerEmail;
        }
        submit(app, actor, role);
        return true;
    }

    /**
     * Withdraws a pending case, locked so that it cannot cross an operator's decision; false when it was decided or
     * withdrawn meanwhile (nothing changes then).
     */
    @Transactional
    public boolean withdraw(long id, String actor, String role) {
        Application app = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (app == null || !app.status.isPending()) {
            return false;
        }
        app.moveTo(ApplicationStatus.WITHDRAWN, actor, role, EventKind.WITHDRAWN);
        return true;
    }

    /** Gives the draft its reference and makes it a case, in the caller's transaction. */
    @Transactional
    public void submit(Application app, String actor, String role) {
        app.declarationAccepted = true;
        app.consentAccepted = true;
        app.reference = ReferenceNumber.next();
        app.submittedAt = OffsetDateTime.now();
        app.dueAt = calendar.deadlineFor(app.submittedAt).endsAt();
        app.moveTo(ApplicationStatus.SUBMITTED, actor, role, EventKind.SUBMITTED);
        notices.announce(app, NoticeKind.SUBMITTED);
    }
}
