package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import kz.iinportal.iin.Sex;
import kz.iinportal.web.DateInput;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.Kazakhstan;

/**
 * The applicant's personal data as typed: names in Latin (stored in capitals, as in the passport) and optionally in
 * Cyrillic, birth date (typed as day, month and year; not after the identity document's date of issue when that is
 * known), sex, citizenship (a country code, or {@value #STATELESS}) and place of birth.
 */
record PersonForm(String familyName, String givenNames, String familyNameCyrillic, String givenNamesCyrillic,
        LocalDate birthDate, Sex sex, boolean stateless, String citizenship, String placeOfBirth,
        Map<String, String> answers) {

    /** The citizenship field's answer for a stateless person. */
    static final String STATELESS = "STATELESS";

    /** The answers as stored, for the step's page. */
    static PersonForm of(Application app) {
        boolean stateless = Boolean.TRUE.equals(app.stateless);
        return new PersonForm(app.familyName, app.givenNames, app.familyNameCyrillic, app.givenNamesCyrillic,
                app.birthDate, app.sex, stateless, app.citizenship, app.placeOfBirth,
                answers(orEmpty(app.familyName), orEmpty(app.givenNames), orEmpty(app.familyNameCyrillic),
                        orEmpty(app.givenNamesCyrillic), DateInput.of(app.birthDate), orEmpty(app.sex),
                        stateless ? STATELESS : orEmpty(app.citizenship), orEmpty(app.placeOfBirth)));
    }

    /** Reads the step; {@code documentIssued} is the draft's saved date of issue, if any. */
    static PersonForm read(String familyName, String givenNames, String familyNameCyrillic,
            String givenNamesCyrillic, DateInput birthDate, String sex, String citizenship, String placeOfBirth,
            LocalDate documentIssued, DateLimits limits, FormErrors errors) {
        String family = ApplicantData.latinName(familyName, "familyName", errors);
        String given = ApplicantData.latinName(givenNames, "givenNames", errors);
        String familyCyr = ApplicantData.cyrillicName(familyNameCyrillic, "familyNameCyrillic", errors);
        String givenCyr = ApplicantData.cyrillicName(givenNamesCyrillic, "givenNamesCyrillic", errors);
        LocalDate birth = ApplicantData.birthDate(birthDate, Kazakhstan.today(), limits, errors);
        if (birth != null && documentIssued != null && birth.isAfter(documentIssued)) {
            errors.add("birthDate", "apply.error.birthDate.afterIssue");
        }
        Sex chosenSex = ApplicantData.choice(Sex.class, sex, "sex", errors);
        boolean stateless = STATELESS.equals(citizenship);
        String country = stateless ? null : ApplicantData.country(citizenship, "citizenship", errors);
        String place = ApplicantData.text(placeOfBirth, "placeOfBirth", 200, true, errors);
        return new PersonForm(family, given, familyCyr, givenCyr, birth, chosenSex, stateless, country, place,
                answers(orEmpty(familyName), orEmpty(givenNames), orEmpty(familyNameCyrillic),
                        orEmpty(givenNamesCyrillic), birthDate, orEmpty(sex), orEmpty(citizenship),
                        orEmpty(placeOfBirth)));
    }

    void applyTo(Application draft) {
        draft.familyName = familyName.toUpperCase(Locale.ROOT);
        draft.givenNames = givenNames.toUpperCase(Locale.ROOT);
        draft.familyNameCyrillic = familyNameCyrillic;
        draft.givenNamesCyrillic = givenNamesCyrillic;
        draft.birthDate = birthDate;
        draft.sex = sex;
        draft.stateless = stateless;
        draft.citizenship = citizenship;
        draft.placeOfBirth = placeOfBirth;
    }

    private static Map<String, String> answers(String familyName, String givenNames, String familyNameCyrillic,
            String givenNamesCyrillic, DateInput birthDate, String sex, String citizenship, String placeOfBirth) {
        Map<String, String> answers = new HashMap<>(Map.of("familyName", familyName, "givenNames", givenNames,
                "familyNameCyrillic", familyNameCyrillic, "givenNamesCyrillic", givenNamesCyrillic, "sex", sex,
                "citizenship", citizenship, "placeOfBirth", placeOfBirth));
        birthDate.putAnswers("birthDate", answers);
        return answers;
    }
}
