package kz.iinportal.web;

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

    public boolean any() {
        return !errors.isEmpty();
    }

    public Map<String, String> map() {
        return errors;
    }
}
