package kz.iinportal.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.quarkiverse.renarde.util.I18N;
import kz.iinportal.identity.IcaoCode;
import kz.iinportal.identity.Mrz;
import kz.iinportal.identity.MrzRefused;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.web.Countries;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;
import kz.iinportal.web.Kazakhstan;

/**
 * The person step's optional machine-readable zone, as pasted or typed: an accelerator, the manual form stays. Read
 * by {@link Mrz}, it fills the step's answers — its Latin names are the authoritative spelling — and, when the step
 * is saved, the identity document's number, issuing country, expiry and type, so that the next step shows them. An
 * answer typed differently is shown beside the zone's when filling and refused when saving: a person who means
 * another spelling removes the zone. Nothing of the zone itself is stored.
 *
 * @param zone the zone read with every check digit holding; null when none was entered or it has errors
 */
record MrzEntry(String text, Mrz zone) {

    static final String FIELD = "mrz";

    /** The zone as typed; a zone that is no zone or whose check digits fail is an error of the field. */
    static MrzEntry read(String text, I18N i18n, FormErrors errors) {
        if (FormValues.trim(text) == null) {
            return new MrzEntry("", null);
        }
        try {
            Mrz zone = Mrz.read(text, Kazakhstan.today());
            if (zone.valid()) {
                return new MrzEntry(text, zone);
            }
            errors.add(FIELD, "apply.error.mrz.checks", zone.failedChecks().stream()
                    .map(c -> i18n.getMessage("apply.mrz.check." + c.key)).collect(Collectors.joining(", ")));
        } catch (MrzRefused e) {
            errors.add(FIELD, "apply.error.mrz." + e.reason.name(), e.line, e.detail);
        }
        return new MrzEntry(text, null);
    }

    boolean present() {
        return zone != null;
    }

    /**
     * Puts the zone's answers into {@code answers} (changed in place) instead of what was typed; each typed answer it
     * replaced, and each saved answer of the document step it will replace, is a difference.
     */
    MrzView fill(Map<String, String> answers, Application draft, I18N i18n) {
        List<MrzView.Difference> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Fill fill = new Fill(answers, differences, i18n);
        if (!zone.familyName().isEmpty()) {
            fill.answer("familyName", zone.familyName(), sameName(answers.get("familyName"), zone.familyName()));
        }
        if (!zone.givenNames().isEmpty()) {
            fill.answer("givenNames", zone.givenNames(), sameName(answers.get("givenNames"), zone.givenNames()));
        }
        if (zone.birthDate() == null) {
            notes.add(i18n.getMessage("apply.mrz.note.birthDate"));
        } else {
            fill.date("birthDate", zone.birthDate());
        }
        if (zone.sex() != null) {
            fill.answer("sex", zone.sex().name(), false);
        }
        String citizenship = citizenship();
        if (citizenship == null) {
            notes.add(i18n.formatMessage(draft.voice().key("apply.mrz.note.nationality"), zone.nationality().code(),
                    kind(zone.nationality(), i18n)));
        } else {
            fill.answer("citizenship", citizenship, false);
        }
        if (zone.nameTruncated()) {
            notes.add(i18n.getMessage(draft.voice().key("apply.mrz.note.truncated")));
        }
        fill.saved("apply.document.number", draft.documentNumber, zone.documentNumber());
        String country = country(zone.issuingState());
        if (country == null) {
            notes.add(i18n.formatMessage("apply.mrz.note.issuingState", zone.issuingState().code(),
                    kind(zone.issuingState(), i18n)));
        } else {
            fill.saved("apply.document.country", country(draft.documentCountry, i18n), country(country, i18n));
        }
        if (zone.expiryDate() != null && draft.documentExpiryDate != null) {
            fill.saved("apply.document.expiryDate", draft.documentExpiryDate.format(Fill.DAY),
                    zone.expiryDate().format(Fill.DAY));
        }
        DocumentType type = documentType();
        if (type != null && draft.documentType != null) {
            fill.saved("apply.document.type", i18n.getMessage("documentType." + draft.documentType),
                    i18n.getMessage("documentType." + type));
        }
        answers.putAll(fill.filled);
        return new MrzView(true, List.copyOf(differences), List.copyOf(notes));
    }

    /** Answers read by the step's form that disagree with the zone, as errors of their fields. */
    void crossCheck(PersonForm form, I18N i18n, FormErrors errors) {
        if (form.familyName() != null && !zone.familyName().isEmpty()
                && !sameName(form.familyName(), zone.familyName())) {
            errors.add("familyName", "apply.error.mrz.differs.familyName", zone.familyName());
        }
        if (form.givenNames() != null && !zone.givenNames().isEmpty()
                && !sameName(form.givenNames(), zone.givenNames())) {
            errors.add("givenNames", "apply.error.mrz.differs.givenNames", zone.givenNames());
        }
        if (form.birthDate() != null && zone.birthDate() != null && !form.birthDate().equals(zone.birthDate())) {
            errors.add("birthDate", "apply.error.mrz.differs.birthDate", zone.birthDate().format(Fill.DAY));
        }
        if (form.sex() != null && zone.sex() != null && form.sex() != zone.sex()) {
            errors.add("sex", "apply.error.mrz.differs.sex", i18n.getMessage("sex." + zone.sex()));
        }
        String citizenship = citizenship();
        String typed = form.stateless() ? PersonForm.STATELESS : form.citizenship();
        if (typed != null && citizenship != null && !typed.equals(citizenship)) {
            errors.add("citizenship", "apply.error.mrz.differs.citizenship", country(citizenship, i18n));
        }
    }

    /** The identity document as the zone gives it, onto the draft; what it cannot tell is left as it was. */
    void applyTo(Application draft) {
        if (!zone.documentNumber().isEmpty()) {
            draft.documentNumber = zone.documentNumber();
        }
        String country = country(zone.issuingState());
        if (country != null) {
            draft.documentCountry = country;
        }
        if (zone.expiryDate() != null) {
            draft.documentExpiryDate = zone.expiryDate();
        }
        DocumentType type = documentType();
        if (type != null) {
            draft.documentType = type;
        }
    }

    /** The step's answers with the zone's text, for showing the page again. */
    static Map<String, String> answers(Map<String, String> answers, String text) {
        Map<String, String> all = new HashMap<>(answers);
        all.put(FIELD, FormValues.orEmpty(text));
        return all;
    }

    /** The citizenship answer the zone gives: a listed country, stateless, or null (refugee, specimen…). */
    private String citizenship() {
        return zone.nationality().kind() == IcaoCode.Kind.STATELESS ? PersonForm.STATELESS
                : country(zone.nationality());
    }

    /** The portal's country for a code, when its lists offer it (not Kazakhstan: the service is for foreigners). */
    private static String country(IcaoCode code) {
        String country = code.country();
        return country != null && Countries.isCode(country) && !"KZ".equals(country) ? country : null;
    }

    private DocumentType documentType() {
        return switch (zone.nationality().kind()) {
            case STATELESS -> DocumentType.STATELESS_PERSON_DOCUMENT;
            case REFUGEE -> DocumentType.REFUGEE_CERTIFICATE;
            default -> zone.documentCode().startsWith("P") ? DocumentType.PASSPORT : null;
        };
    }

    private static String kind(IcaoCode code, I18N i18n) {
        return i18n.getMessage("apply.mrz.kind." + code.kind());
    }

    private static String country(String code, I18N i18n) {
        if (code == null) {
            return null;
        }
        return PersonForm.STATELESS.equals(code) ? i18n.getMessage("apply.person.stateless")
                : Countries.isCode(code) ? Countries.name(code, i18n.getLanguage()) : code;
    }

    /**
     * The zone writes apostrophes as nothing and hyphens as fillers (O'BRIEN-SMITH is OBRIEN SMITH), and cuts long
     * names at the line's end: a typed name that reads the same, or begins with a cut name, agrees with it.
     */
    boolean sameName(String typed, String inZone) {
        String a = nameKey(typed);
        String b = nameKey(inZone);
        return a.equals(b) || zone.nameTruncated() && a.startsWith(b);
    }

    private static String nameKey(String name) {
        return FormValues.orEmpty(name).toUpperCase(Locale.ROOT).replace("'", "").replaceAll("[\\s\\-]+", " ")
                .strip();
    }

    /** Puts the zone's answers in place of the typed ones, noting each typed answer it replaced. */
    private static final class Fill {
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");
        final Map<String, String> typed;
        final Map<String, String> filled = new HashMap<>();
        final List<MrzView.Difference> differences;
        final I18N i18n;

        Fill(Map<String, String> typed, List<MrzView.Difference> differences, I18N i18n) {
            this.typed = typed;
            this.differences = differences;
            this.i18n = i18n;
        }

        /** {@code same}: the typed answer agrees with the zone though written differently; it is kept. */
        void answer(String field, String zoneValue, boolean same) {
            String answer = FormValues.trim(typed.get(field));
            if (same || zoneValue.equals(answer)) {
                return;
            }
            filled.put(field, zoneValue);
            if (answer != null) {
                differences.add(new MrzView.Difference(i18n.getMessage("apply.person." + field), shown(field, answer),
                        shown(field, zoneValue)));
            }
        }

        /** A date typed as three fields: the zone's date replaces it unless it is the same day. */
        void date(String field, LocalDate zoneDate) {
            DateInput typedDate = DateInput.typed(field, typed);
            DateInput.Reading reading = typedDate.read();
            if (zoneDate.equals(reading.date())) {
                return;
            }
            DateInput.of(zoneDate).putAnswers(field, filled);
            if (reading.problem() != DateInput.Problem.MISSING) {
                String answer = reading.date() != null ? reading.date().format(DAY)
                        : String.join(" ", FormValues.orEmpty(typedDate.day()), FormValues.orEmpty(typedDate.month()),
                                FormValues.orEmpty(typedDate.year())).strip();
                differences.add(new MrzView.Difference(i18n.getMessage("apply.person." + field), answer,
                        zoneDate.format(DAY)));
            }
        }

        /** An answer of the document step, saved before, that the zone will replace when this step is saved. */
        void saved(String question, String saved, String zoneValue) {
            if (saved != null && !Objects.equals(saved.toUpperCase(Locale.ROOT), zoneValue.toUpperCase(Locale.ROOT))) {
                differences.add(new MrzView.Difference(i18n.getMessage(question), saved, zoneValue));
            }
        }

        private String shown(String field, String value) {
            return switch (field) {
                case "sex" -> FormValues.named(Sex.class, value) == null ? value : i18n.getMessage("sex." + value);
                case "citizenship" -> country(value, i18n);
                default -> value;
            };
        }
    }
}
