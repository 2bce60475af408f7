package kz.iinportal.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.quarkiverse.renarde.util.I18N;

/**
 * The problems of one form submission, field id → message in the chosen language, in the order of the form (the
 * error summary lists them in that order and links each to its field).
 */
public class FormErrors {

    private final I18N i18n;
    private final UnaryOperator<String> wording;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> links = new HashMap<>();

    public FormErrors(I18N i18n) {
        this(i18n, UnaryOperator.identity());
    }

    /**
     * Messages in the words of the person filling in: {@code wording} gives the key of their text for each message
     * key (application.Voice#key: "Enter the applicant's email address" for someone filing for another).
     */
    public FormErrors(I18N i18n, UnaryOperator<String> wording) {
        this.i18n = i18n;
        this.wording = wording;
    }

    public void add(String field, String messageKey) {
        errors.putIfAbsent(field, i18n.getMessage(wording.apply(messageKey)));
    }

    /** A message whose arguments ({0}, {1}…) are formatted in the chosen language. */
    public void add(String field, String messageKey, Object... args) {
        errors.putIfAbsent(field, i18n.formatMessage(wording.apply(messageKey), args));
    }

    /** A message in the form's language, to be part of another one. */
    public String message(String messageKey) {
        return i18n.getMessage(messageKey);
    }

    /**
     * The error summary links the field's problem to the element {@code id} instead of the field's own id: a date's
     * problem to the first of its three inputs that is wrong ({@code birthDate-month}).
     */
    public void linkTo(String field, String id) {
        links.put(field, id);
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    /** Element id → message, for the error summary and the fields' messages. */
    public Map<String, String> map() {
        if (links.isEmpty()) {
            return errors;
        }
        Map<String, String> linked = new LinkedHashMap<>();
        errors.forEach((field, message) -> linked.put(links.getOrDefault(field, field), message));
        return linked;
    }
}
