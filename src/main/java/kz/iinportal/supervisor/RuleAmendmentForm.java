package kz.iinportal.supervisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.iinportal.application.ServiceRule;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/**
 * An amendment of a service's rules as the supervisor typed it. It takes effect today or later: a rule already in
 * force is never rewritten, because cases filed under it were judged by it. Power of attorney and translation are
 * added per application by Submission when needed, so only the documents every filer brings are rule data.
 */
final class RuleAmendmentForm {

    /** The documents a rule may require of every filer; the identity document is always among them. */
    static final List<DocumentKind> DOCUMENTS = List.of(DocumentKind.IDENTITY_DOCUMENT, DocumentKind.TRANSLATION,
            DocumentKind.CORRECTION_PROOF);
    static final int BASIS_MAX = 300;
    static final String TICKED = "yes";

    final Map<String, String> answers = new LinkedHashMap<>();
    LocalDate validFrom;
    boolean online;
    boolean serviceCentre;
    boolean selfAllowed;
    boolean representativeAllowed;
    final List<DocumentKind> documents = new ArrayList<>();
    String legalBasis;

    /** The name of a document's checkbox. */
    static String documentField(DocumentKind kind) {
        return "document-" + kind.name();
    }

    /**
     * Reads the form; {@code ticked} holds the checkbox fields the browser sent (channels, filers, documents) and
     * {@code today} is the first day an amendment may take effect.
     */
    static RuleAmendmentForm read(DateInput validFrom, Map<String, String> ticked, String legalBasis, LocalDate today,
            FormErrors errors) {
        RuleAmendmentForm form = new RuleAmendmentForm();
        validFrom.putAnswers("validFrom", form.answers);
        form.validFrom = SupervisorInput.date(validFrom, "validFrom", "sup.rules.validFromName", errors);
        if (form.validFrom != null && form.validFrom.isBefore(today)) {
            errors.add("validFrom", "sup.rules.error.past");
        }
        form.online = form.tick("online", ticked);
        form.serviceCentre = form.tick("serviceCentre", ticked);
        if (!form.online && !form.serviceCentre) {
            errors.add("channels", "sup.rules.error.channels");
        }
        form.selfAllowed = form.tick("selfAllowed", ticked);
        form.representativeAllowed = form.tick("representativeAllowed", ticked);
        if (!form.selfAllowed && !form.representativeAllowed) {
            errors.add("filers", "sup.rules.error.filers");
        }
        for (DocumentKind kind : DOCUMENTS) {
            if (form.tick(documentField(kind), ticked)) {
                form.documents.add(kind);
            }
        }
        if (!form.documents.contains(DocumentKind.IDENTITY_DOCUMENT)) {
            errors.add("documents", "sup.rules.error.identityDocument");
        }
        form.answers.put("legalBasis", FormValues.orEmpty(legalBasis));
        form.legalBasis = SupervisorInput.text(legalBasis, "legalBasis", BASIS_MAX, errors);
        return form;
    }

    /** The answers of the rule being amended, as the starting point of the amendment (its date left to choose). */
    static Map<String, String> answersOf(ServiceRule rule) {
        Map<String, String> answers = new LinkedHashMap<>();
        DateInput.of(null).putAnswers("validFrom", answers);
        answers.put("online", rule.online ? TICKED : "");
        answers.put("serviceCentre", rule.serviceCentre ? TICKED : "");
        answers.put("selfAllowed", rule.selfAllowed ? TICKED : "");
        answers.put("representativeAllowed", rule.representativeAllowed ? TICKED : "");
        List<String> required = rule.requiredDocumentKinds();
        for (DocumentKind kind : DOCUMENTS) {
            answers.put(documentField(kind), required.contains(kind.name()) ? TICKED : "");
        }
        answers.put("legalBasis", "");
        return answers;
    }

    void applyTo(ServiceRule rule) {
        rule.validFrom = validFrom;
        rule.online = online;
        rule.serviceCentre = serviceCentre;
        rule.selfAllowed = selfAllowed;
        rule.representativeAllowed = representativeAllowed;
        rule.requiredDocuments = String.join(",", documents.stream().map(Enum::name).toList());
        rule.legalBasis = legalBasis;
    }

    private boolean tick(String field, Map<String, String> ticked) {
        boolean on = SupervisorInput.ticked(ticked.get(field));
        answers.put(field, on ? TICKED : "");
        return on;
    }
}
