package kz.iinportal.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.CorrectionReason;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Service;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;
import kz.iinportal.matching.MatchPart;
import kz.iinportal.review.SamePerson.Candidate;
import kz.iinportal.review.SamePerson.EarlierApplication;
import kz.iinportal.review.SamePerson.NamedIin;
import kz.iinportal.review.SamePerson.Reason;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.testsupport.TestCases;

/**
 * Duplicate candidates in the real register, earlier applications across bodies and the status of the IIN named for
 * correction, against PostgreSQL, and the review page showing them. Every test makes names and document numbers of
 * its own (a random token of letters), so other tests' data never matches.
 */
@QuarkusTest
class SamePersonTest {

    static final String OWN_BODY = "ABAI";
    static final String OTHER_BODY = "AKTOBE";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final Set<Reason> DOCUMENT = Set.of(Reason.DOCUMENT);
    static final Set<Reason> NAME = Set.of(Reason.NAME_AND_BIRTH_DATE);
    static final Set<Reason> BOTH = Set.of(Reason.DOCUMENT, Reason.NAME_AND_BIRTH_DATE);

    @Inject
    SamePerson samePerson;

    @Inject
    Register register;

    @Test
    void aRegisterPersonWithTheSameDocumentNumberAndCountryIsACandidate() {
        String token = token();
        LocalDate born = LocalDate.of(1970, 1, 2);
        IinRecord holder = register.form(person("HOLDER" + token, "ONE", born, "DOC" + token, "DE"), "op", null);
        // The same number issued by another country is another document.
        register.form(person("ELSEWHERE" + token, "TWO", born, "DOC" + token, "FR"), "op", null);

        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "Different" + token;
            a.givenNames = "Name";
            a.birthDate = LocalDate.of(1971, 5, 5);
            a.documentNumber = "doc" + token.toLowerCase(Locale.ROOT);
            a.documentCountry = "DE";
        });

        List<Candidate> candidates = samePerson.candidates(app);
        assertEquals(1, candidates.size(), candidates.toString());
        Candidate c = candidates.get(0);
        assertEquals(holder.iin, c.iin());
        assertEquals(IinStatus.ACTIVE, c.status());
        assertNull(c.replacedBy());
        assertEquals("HOLDER" + token, c.familyName());
        assertEquals(born, c.birthDate());
        assertEquals(DOCUMENT, c.reasons());
    }

    @Test
    void registerPersonsWithTheSameNormalisedNamesAndBirthDateAreCandidates() {
        String token = token();
        LocalDate born = LocalDate.of(1966, 6, 16);
        IinRecord accented = register.form(person("Ó'Brien-Smith", "Seán " + token, born, "A" + token, "IE"), "op",
                null);
        IinRecord apostrophe = register.form(person("Oʼbrien Smíth", "SEAN-" + token, born, "B" + token, "GB"), "op",
                null);
        IinRecord spaced = register.form(person("O BRIEN SMITH", "Sean" + token, born, "C" + token, "US"), "op", null);
        // Same names, born another year: not the same person.
        register.form(person("O'BRIEN-SMITH", "SEAN " + token, born.plusYears(12), "D" + token, "IE"), "op", null);
        // Same birth date, another given name: not the same person either. (SHAUN, a spelling of SEAN, would be a
        // scored candidate: see aCyrillicSpelledRegisterPersonIsAStrongCandidateForALatinApplication.)
        register.form(person("O'BRIEN-SMITH", "MAIREAD " + token(), born, "EE" + token + "EE", "IE"), "op", null);

        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "OBRIEN SMITH";
            a.givenNames = "sean " + token;
            a.birthDate = born;
            a.documentNumber = "Z" + token;
            a.documentCountry = "IE";
        });

        List<Candidate> candidates = samePerson.candidates(app);
        assertEquals(Set.of(accented.iin, apostrophe.iin, spaced.iin),
                Set.copyOf(candidates.stream().map(Candidate::iin).toList()), candidates.toString());
        assertEquals(3, candidates.size());
        candidates.forEach(c -> assertEquals(NAME, c.reasons(), c.toString()));
    }

    @Test
    void aCyrillicSpelledRegisterPersonIsAStrongCandidateForALatinApplication() {
        LocalDate some = uncommonBirthDate();
        // day and month both 12 or less and different, so that they can be swapped
        LocalDate born = LocalDate.of(some.getYear(), some.getMonthValue(), some.getMonthValue() % 12 + 1);
        // Imported in Cyrillic only (the Latin field holds Cyrillic), and another with a French-style romanisation.
        IinRecord cyrillic = register.form(new PersonData("Щербакова", "Жанна", null, null, born, Sex.FEMALE, "RU",
                document("C")), "op", null);
        IinRecord romanised = register.form(new PersonData("SHERBAKOVA", "JANNA", "Щербакова", "Жанна",
                LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()),
                Sex.FEMALE, "RU", document("R")), "op", null);
        // Namesakes: born 12 years before (two digits of the year differ, so no one-digit slip), and the other sex.
        register.form(new PersonData("Щербакова", "Жанна", null, null, born.minusYears(12), Sex.FEMALE, "RU",
                document("N")), "op", null);
        register.form(new PersonData("SHCHERBAKOV", "ZHAN", null, null, born, Sex.MALE, "RU", document("M")), "op",
                null);

        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "SHCHERBAKOVA";
            a.givenNames = "ZHANNA";
            a.birthDate = born;
            a.citizenship = "RU";
            a.documentNumber = document("A").number();
            a.documentCountry = "RU";
        });

        List<Candidate> candidates = samePerson.candidates(app);
        assertEquals(List.of(cyrillic.iin, romanised.iin), candidates.stream().map(Candidate::iin).toList(),
                candidates.toString());
        Candidate first = candidates.get(0);
        assertTrue(first.strong(), first.toString());
        assertEquals(Set.of(Reason.LIKENESS), first.reasons());
        MatchPart given = first.parts().stream().filter(p -> p.part() == MatchPart.Part.GIVEN_NAMES).findFirst()
                .orElseThrow();
        assertEquals(MatchPart.How.TRANSLITERATION, given.how());
        assertEquals("ZHANNA", given.applicant());
        assertEquals("ЖАННА", given.other());
        assertEquals("ZHANNA", given.via());
        Candidate second = candidates.get(1);
        assertTrue(second.score() < first.score(), candidates.toString());
        assertTrue(second.strong(), second.toString());
        assertEquals(MatchPart.How.DAY_MONTH_SWAPPED, second.parts().get(2).how());
    }

    @Test
    void kazakhLettersTyposAndDocumentLookalikesAreFound() {
        LocalDate born = uncommonBirthDate();
        IinRecord kazakh = register.form(new PersonData("ҚАСЫМОВ", "ӘЛИХАН", null, null, born, Sex.MALE, "KZ",
                document("K")), "op", null);
        PersonData.Document passport = document("P");
        IinRecord lookalike = register.form(new PersonData("UNRELATED", "NAME", null, null, born.minusYears(20),
                Sex.FEMALE, "TR", passport), "op", null);

        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "QASYMOV";
            a.givenNames = "ALIHAN";
            a.birthDate = born;
            a.sex = Sex.MALE;
            a.citizenship = "KZ";
            // the same passport, typed with O for 0 and spaces
            a.documentNumber = passport.number().replace('0', 'O').replaceAll("(.{3})", "$1 ");
            a.documentCountry = passport.issuingCountry();
        });
        List<Candidate> candidates = samePerson.candidates(app);
        assertEquals(List.of(lookalike.iin, kazakh.iin), candidates.stream().map(Candidate::iin).toList(),
                candidates.toString());
        assertEquals(Set.of(Reason.DOCUMENT), candidates.get(0).reasons());
        assertTrue(candidates.get(0).strong());
        assertTrue(candidates.get(1).strong(), candidates.get(1).toString());
        assertEquals(MatchPart.How.TRANSLITERATION, candidates.get(1).parts().get(0).how());
    }

    @Test
    void aYearOneDigitOffIsShownButNotStrongAndNotAChoiceForGroundThreeAndTheSameYearIsNotShown() {
        String token = token();
        LocalDate born = uncommonBirthDate();
        IinRecord yearSlip = register.form(person("NAMESAKE" + token, "ONE", born.plusYears(
                born.getYear() % 10 == 9 ? -1 : 1), "Y" + token, "DE"), "op", null);
        // the same names born another day of the same year: a namesake, not shown
        register.form(person("NAMESAKE" + token, "ONE", born.getDayOfYear() > 180 ? born.minusDays(100)
                : born.plusDays(100), "X" + token, "DE"), "op", null);
        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "NAMESAKE" + token;
            a.givenNames = "ONE";
            a.birthDate = born;
            a.documentNumber = "ZZ" + token + "ZZ";
            a.documentCountry = "DE";
        });
        SamePerson.Findings findings = samePerson.of(app, body(OWN_BODY));
        assertEquals(1, findings.candidates().size(), findings.candidates().toString());
        Candidate c = findings.candidates().get(0);
        assertEquals(yearSlip.iin, c.iin());
        assertEquals(88, c.score());
        assertEquals(MatchPart.How.YEAR_ONE_DIGIT, c.parts().get(2).how());
        assertFalse(c.strong());
        assertTrue(IdentityCheck.of(app, findings).groundThreeChoices().isEmpty(), "a namesake is no ground 3");
        assertNull(findings.activeWithSameDocument());
    }

    /** A birth date few other tests use, so that only this test's persons are born near it. */
    static LocalDate uncommonBirthDate() {
        return LocalDate.of(1900, 1, 1)
                .plusDays(SEQUENCE.incrementAndGet() * 37L + Math.floorMod(System.nanoTime(), 20_000L));
    }

    static PersonData.Document document(String prefix) {
        return new PersonData.Document(DocumentType.PASSPORT,
                prefix + Math.floorMod(System.nanoTime(), 10_000_000_000L), "TR",
                null, null);
    }

    @Test
    void aPersonMatchingBothWaysIsOneEntryPerIinRecordWithBothReasonsAndComesFirst() {
        String token = token();
        LocalDate born = LocalDate.of(1979, 11, 30);
        PersonData data = person("D'Ávila-Núñez", "José " + token, born, "P" + token, "ES");
        IinRecord first = register.form(data, "op", null);
        String current = register.correct(first.iin, data, true, "op", null).current().iin;
        IinRecord nameOnly = register.form(person("DAVILA NUNEZ", "JOSE " + token, born, "Q" + token, "ES"), "op",
                null);

        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "D'AVILA-NUNEZ";
            a.givenNames = "JOSE " + token;
            a.birthDate = born;
            a.documentNumber = "p" + token.toLowerCase(Locale.ROOT);
            a.documentCountry = "ES";
        });

        List<Candidate> candidates = samePerson.candidates(app);
        assertEquals(3, candidates.size(), candidates.toString());
        assertEquals(current, candidates.get(0).iin());
        assertEquals(IinStatus.ACTIVE, candidates.get(0).status());
        assertEquals(BOTH, candidates.get(0).reasons());
        assertEquals(first.iin, candidates.get(1).iin());
        assertEquals(IinStatus.CORRECTED, candidates.get(1).status());
        assertEquals(current, candidates.get(1).replacedBy());
        assertEquals(BOTH, candidates.get(1).reasons());
        assertEquals(nameOnly.iin, candidates.get(2).iin());
        assertEquals(NAME, candidates.get(2).reasons());
    }

    @Test
    void earlierApplicationsOfThePersonInAnyBodyButNotDraftsNorTheCaseItself() {
        String token = token();
        LocalDate born = LocalDate.of(1992, 2, 29);
        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "Kowalski-" + token;
            a.givenNames = "Jan";
            a.birthDate = born;
            a.documentNumber = "K" + token;
            a.documentCountry = "PL";
        });
        Application formed = application(Service.FORMATION, ApplicationStatus.IIN_FORMED, OWN_BODY, a -> {
            a.familyName = "Someone" + token;
            a.givenNames = "Else";
            a.birthDate = LocalDate.of(1990, 1, 1);
            a.documentNumber = "k" + token.toLowerCase(Locale.ROOT);
            a.documentCountry = "PL";
            a.resultIin = "920229300012";
            a.submittedAt = OffsetDateTime.now().minusDays(30);
        });
        Application refused = application(Service.FORMATION, ApplicationStatus.REFUSED, OTHER_BODY, a -> {
            a.familyName = "KOWALSKI " + token;
            a.givenNames = "JAN";
            a.birthDate = born;
            a.documentNumber = "OLD" + token;
            a.documentCountry = "PL";
            a.refusalGround = RefusalGround.UNRELIABLE_DOCUMENTS;
            a.submittedAt = OffsetDateTime.now().minusDays(60);
        });
        application(Service.FORMATION, ApplicationStatus.DRAFT, OWN_BODY, a -> {
            a.familyName = "Kowalski-" + token;
            a.givenNames = "Jan";
            a.birthDate = born;
            a.documentNumber = "K" + token;
            a.documentCountry = "PL";
        });
        application(Service.FORMATION, ApplicationStatus.SUBMITTED, OWN_BODY, a -> {
            a.familyName = "Kowalski-" + token;
            a.givenNames = "Jan";
            a.birthDate = born.plusYears(1);
            a.documentNumber = "K" + token;
            a.documentCountry = "CZ";
        });

        List<EarlierApplication> earlier = samePerson.earlierApplications(app, body(OWN_BODY));
        assertEquals(List.of(formed.reference, refused.reference),
                earlier.stream().map(EarlierApplication::reference).toList(), earlier.toString());
        EarlierApplication own = earlier.get(0);
        assertEquals(DOCUMENT, own.reasons());
        assertTrue(own.mayOpen(), "a case of the operator's own body is linked");
        assertEquals(ApplicationStatus.IIN_FORMED, own.status());
        assertEquals("920229300012", own.resultIin());
        EarlierApplication other = earlier.get(1);
        assertEquals(NAME, other.reasons());
        assertFalse(other.mayOpen(), "another body's case is listed but not linked");
        assertEquals(RefusalGround.UNRELIABLE_DOCUMENTS, other.refusalGround());
        assertEquals(OTHER_BODY, other.body().code);
    }

    @Test
    void theIinNamedForCorrectionWithItsRegisterStatus() {
        String token = token();
        LocalDate born = LocalDate.of(1988, 4, 4);
        PersonData data = person("NAMED" + token, "PERSON", born, "N" + token, "TR");
        IinRecord old = register.form(data, "op", null);
        String replacement = register.correct(old.iin, data, true, "op", null).current().iin;

        NamedIin corrected = samePerson.namedIin(correction(old.iin, data));
        assertTrue(corrected.found());
        assertEquals(IinStatus.CORRECTED, corrected.record().status);
        assertEquals(replacement, corrected.record().replacedBy);
        assertEquals(replacement, corrected.inForce().iin);

        NamedIin active = samePerson.namedIin(correction(replacement, data));
        assertEquals(IinStatus.ACTIVE, active.record().status);
        assertNull(active.inForce());

        NamedIin unknown = samePerson.namedIin(correction("000000000000", data));
        assertFalse(unknown.found());
        assertNull(unknown.inForce());

        Application formation = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "NAMED" + token;
            a.givenNames = "PERSON";
        });
        assertNull(samePerson.namedIin(formation));

        // Among the candidates, the holder of the named IIN is marked as such.
        List<Candidate> candidates = samePerson.candidates(correction(old.iin, data));
        assertEquals(2, candidates.size(), candidates.toString());
        assertTrue(candidates.stream().allMatch(Candidate::named));
    }

    @Test
    @TestSecurity(user = "dup-operator", roles = "operator")
    void theReviewPageShowsCandidatesEarlierApplicationsAndTheNamedIin() {
        QuarkusTransaction.requiringNew().run(() -> CaseReviewPageTest.staff("dup-operator", OWN_BODY));
        String token = token();
        LocalDate born = LocalDate.of(1975, 7, 7);
        PersonData data = person("Łukasiewicz", "Zoë " + token, born, "R" + token, "PL");
        IinRecord old = register.form(data, "op", null);
        String replacement = register.correct(old.iin, data, true, "op", null).current().iin;
        Application ownEarlier = application(Service.FORMATION, ApplicationStatus.IIN_FORMED, OWN_BODY, a -> {
            a.familyName = "LUKASIEWICZ";
            a.givenNames = "ZOE " + token;
            a.birthDate = born;
            a.documentNumber = "R" + token;
            a.documentCountry = "PL";
            a.resultIin = old.iin;
            a.submittedAt = OffsetDateTime.now().minusYears(2);
        });
        Application otherEarlier = application(Service.CORRECTION, ApplicationStatus.REFUSED, OTHER_BODY, a -> {
            a.familyName = "LUKASIEWICZ";
            a.givenNames = "ZOE " + token;
            a.birthDate = born;
            a.documentNumber = "S" + token;
            a.documentCountry = "PL";
            a.refusalGround = RefusalGround.REQUIREMENTS_NOT_MET;
            a.submittedAt = OffsetDateTime.now().minusYears(1);
        });
        Application app = application(Service.CORRECTION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.currentIin = old.iin;
            a.correctionReason = CorrectionReason.DUPLICATE;
            a.familyName = "LUKASIEWICZ";
            a.givenNames = "ZOE " + token;
            a.birthDate = born;
            a.documentNumber = "r" + token.toLowerCase(Locale.ROOT);
            a.documentCountry = "PL";
            a.assignedTo = "dup-operator";
        });

        given().get("/review/case/" + app.id).then().statusCode(200)
                // ground 3 offers the ACTIVE candidate only, never the corrected number
                .body(containsString("name=\"registeredIin\" value=\"" + replacement + "\""))
                .body(not(containsString("name=\"registeredIin\" value=\"" + old.iin + "\"")))
                .body(containsString("The IIN named by the applicant"))
                .body(containsString("Corrected</span> replaced by <strong>" + replacement + "</strong>"))
                .body(containsString("Duplicate candidates in the register"))
                .body(containsString("<caption>IINs of register persons"))
                .body(containsString(old.iin))
                .body(containsString("Same identity document number and issuing country"))
                .body(containsString("Same family name, given names and date of birth"))
                .body(containsString("holds the IIN named by the applicant"))
                .body(containsString("Earlier applications of the same person"))
                .body(containsString("<a href=\"/review/case/" + ownEarlier.id + "\">" + ownEarlier.reference + "</a>"))
                .body(containsString(otherEarlier.reference))
                .body(not(containsString("href=\"/review/case/" + otherEarlier.id + "\"")));

        given().header("Accept-Language", "ru").get("/review/case/" + app.id).then().statusCode(200)
                .body(containsString("Возможные дубликаты в реестре"))
                .body(containsString("Предыдущие заявления этого лица"))
                .body(containsString("Скорректирован"));

        Application unknown = correction("000000000000", data);
        given().get("/review/case/" + unknown.id).then().statusCode(200)
                .body(containsString("The IIN named by the applicant"))
                .body(containsString("Not found in the register"));

        // A formation without any match says so.
        Application alone = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "NOBODY" + token;
            a.givenNames = "ELSE";
            a.birthDate = born;
            a.documentNumber = "U" + token;
            a.documentCountry = "PL";
        });
        given().get("/review/case/" + alone.id).then().statusCode(200)
                .body(containsString("No person in the register has the same identity document"))
                .body(containsString("This person has no other applications."))
                .body(not(containsString("The IIN named by the applicant")));
    }

    @Test
    @TestSecurity(user = "dup-operator", roles = "operator")
    void theReviewPageExplainsEachCandidatesScoreInThePagesLanguage() {
        QuarkusTransaction.requiringNew().run(() -> CaseReviewPageTest.staff("dup-operator", OWN_BODY));
        LocalDate some = uncommonBirthDate();
        LocalDate born = LocalDate.of(some.getYear(), 3, 4);
        IinRecord held = register
                .form(new PersonData("Щербакова", "Жанна", null, null, born.withMonth(4).withDayOfMonth(3),
                        Sex.FEMALE, "DE", document("C")), "op", null);
        Application app = application(Service.FORMATION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.familyName = "SHCHERBAKOVA";
            a.givenNames = "ZHANNA";
            a.birthDate = born;
            a.documentNumber = document("A").number();
            a.documentCountry = "TR";
            a.assignedTo = "dup-operator";
        });
        String family = "96: SHCHERBAKOVA ≈ ЩЕРБАКОВА (SHCHERBAKOVA)";
        String given = "96: ZHANNA ≈ ЖАННА (ZHANNA)";
        String dates = "85: 04.03." + born.getYear() + " ≈ 03.04." + born.getYear();
        given().get("/review/case/" + app.id).then().statusCode(200)
                .body(containsString(held.iin))
                .body(containsString("<strong>93</strong><span class=\"tag tag--strong\">Strong match</span>"))
                .body(containsString("Family name " + family + " — the same name in another script or spelling"))
                .body(containsString("Given names " + given + " — the same name in another script or spelling"))
                .body(containsString("Date of birth " + dates + " — day and month swapped"))
                .body(containsString("Sex 100: Female ≈ Female — the same"))
                .body(containsString("Names and date of birth alike (scored)"));
        given().header("Accept-Language", "ru").get("/review/case/" + app.id).then().statusCode(200)
                .body(containsString("Сильное совпадение"))
                .body(containsString("Имя " + given + " — то же имя в другой письменности или транслитерации"))
                .body(containsString("Дата рождения " + dates + " — день и месяц переставлены местами"))
                .body(containsString("Пол 100: Женский ≈ Женский — совпадает"));
        given().header("Accept-Language", "kk").get("/review/case/" + app.id).then().statusCode(200)
                .body(containsString("Күшті сәйкестік"))
                .body(containsString("Тегі " + family + " — басқа жазуда немесе транслитерацияда жазылған сол есім"))
                .body(containsString("Туған күні " + dates + " — күні мен айы орындарын ауыстырған"))
                .body(containsString("Жеке басты куәландыратын құжат 0: "));
    }

    /** A correction naming {@code iin}, with the person's data; persisted so that it has an id. */
    private Application correction(String iin, PersonData data) {
        return application(Service.CORRECTION, ApplicationStatus.IN_REVIEW, OWN_BODY, a -> {
            a.currentIin = iin;
            a.correctionReason = CorrectionReason.DUPLICATE;
            a.familyName = data.familyName();
            a.givenNames = data.givenNames();
            a.birthDate = data.birthDate();
            a.documentNumber = data.document().number();
            a.documentCountry = data.document().issuingCountry();
        });
    }

    static PersonData person(String family, String given, LocalDate born, String document, String country) {
        return new PersonData(family, given, null, null, born, Sex.FEMALE, country,
                new PersonData.Document(DocumentType.PASSPORT, document, country, null, null));
    }

    static Application application(Service service, ApplicationStatus status, String body,
            Consumer<Application> details) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application(body);
            a.service = service;
            a.createdBy = "dup-applicant";
            a.sex = Sex.FEMALE;
            a.status = status;
            if (status == ApplicationStatus.DRAFT) {
                a.reference = null;
            } else {
                a.submittedAt = OffsetDateTime.now();
            }
            details.accept(a);
            a.persist();
            return a;
        });
    }

    static TerritorialBody body(String code) {
        return QuarkusTransaction.requiringNew().call(() -> TerritorialBody.findById(code));
    }

    /** Letters only, unique per test, so that names stay names after normalisation. */
    static String token() {
        long n = System.nanoTime() % 1_000_000_000L * 100 + SEQUENCE.incrementAndGet();
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
