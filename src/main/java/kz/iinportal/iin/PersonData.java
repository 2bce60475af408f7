package kz.iinportal.iin;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's data as an operator accepts it for the register: names in Latin as in the passport's machine-readable
 * zone (optionally also in Cyrillic), birth date, sex, citizenship ({@code null} for a stateless person) and the
 * identity document.
 */
public record PersonData(String familyName, String givenNames, String familyNameCyrillic, String givenNamesCyrillic,
        LocalDate birthDate, Sex sex, String citizenship, Document document) {

    public PersonData {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(document, "document");
        familyName = familyName.strip().toUpperCase(Locale.ROOT);
        givenNames = givenNames.strip().toUpperCase(Locale.ROOT);
        familyNameCyrillic = blankToNull(familyNameCyrillic);
        givenNamesCyrillic = blankToNull(givenNamesCyrillic);
        citizenship = citizenship == null || citizenship.isBlank() ? null
                : citizenship.strip().toUpperCase(Locale.ROOT);
    }

    public boolean stateless() {
        return citizenship == null;
    }

    public PersonData withBirthDate(LocalDate date) {
        return new PersonData(familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, date, sex, citizenship,
                document);
    }

    public PersonData withSex(Sex newSex) {
        return new PersonData(familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate, newSex,
                citizenship, document);
    }

    public PersonData withNames(String family, String given) {
        return new PersonData(family, given, familyNameCyrillic, givenNamesCyrillic, birthDate, sex, citizenship,
                document);
    }

    public PersonData withDocument(Document newDocument) {
        return new PersonData(familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate, sex,
                citizenship, newDocument);
    }

    /** The identity document the data was taken from. */
    public record Document(DocumentType type, String number, String issuingCountry, LocalDate issueDate,
            LocalDate expiryDate) {

        public Document {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issuingCountry, "issuingCountry");
            number = number.strip().toUpperCase(Locale.ROOT);
            issuingCountry = issuingCountry.strip().toUpperCase(Locale.ROOT);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
