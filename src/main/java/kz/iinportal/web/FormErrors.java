package kz.iinportal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkiverse.renarde.util.I18N;

/**
 * The problems of one form submission, field id → message in the chosen language, in the order of the form (the
 * error summary lists them in that order and links each to its field).
 */
public class FormErrors {

    private final I18N i18n;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormErrors(I18N i18n) {
        this.i18n = i18n;
    }

    public void add(String field, String messageKey) {
        errors.putIfAbsent(field, i18n.getMessage(messageKey));
    }

    /** A message whose arguments ({0}, {1}…) are formatted in the chosen language. */
    public void add(String field, String messageKey, Object... args) {
        errors.putIfAbsent(field, i18n.formatMessage(messageKey, args));
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public Map<String, String> map() {
        return errors;
    }
}
