package kz.iinportal.certificate;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Application;
import kz.iinportal.application.CorrectionReason;
import kz.iinportal.application.Service;
import kz.iinportal.iin.IdentityDocument;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.Sex;
import kz.iinportal.review.Decisions;
import kz.iinportal.testsupport.TestCases;

/** Cases in review for the certificate tests, decided through the real {@link Decisions}. */
final class CertificateCases {

    static final String OPERATOR = "cert-operator";
    static final String BODY = "KOSTANAY";
    private static final AtomicInteger DOCUMENTS = new AtomicInteger();

    private CertificateCases() {
    }

    /** A formation case filed by {@code filer}, accepted by the body's operator; returns the application's id. */
    static long formed(Decisions decisions, String filer, String language, LocalDate birthDate) {
        return formedIn(BODY, decisions, filer, language, birthDate);
    }

    /** The same, filed with {@code body} and accepted by its own operator. */
    static long formedIn(String body, Decisions decisions, String filer, String language, LocalDate birthDate) {
        long id = inReview(body, Service.FORMATION, filer, language, birthDate, null);
        accept(decisions, id, operatorOf(body));
        return id;
    }

    /** The same, the arguments in the order h-sign's tests pass them. */
    static long formedIn(Decisions decisions, String body, String filer, String language, LocalDate birthDate) {
        return formedIn(body, decisions, filer, language, birthDate);
    }

    /** A correction of {@code currentIin} to a new birth date, accepted; returns the application's id. */
    static long corrected(Decisions decisions, String filer, String currentIin, LocalDate birthDate) {
        return correctedIn(BODY, decisions, filer, currentIin, birthDate);
    }

    static long correctedIn(String body, Decisions decisions, String filer, String currentIin, LocalDate birthDate) {
        long id = inReview(body, Service.CORRECTION, filer, "en", birthDate, currentIin);
        accept(decisions, id, operatorOf(body));
        return id;
    }

    static void accept(Decisions decisions, long id) {
        accept(decisions, id, OPERATOR);
    }

    private static void accept(Decisions decisions, long id, String operator) {
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
        decisions.accept(id, version, operator);
    }

    private static String operatorOf(String body) {
        return BODY.equals(body) ? OPERATOR : OPERATOR + "-" + body.toLowerCase();
    }

    static long inReview(Service service, String filer, String language, LocalDate birthDate, String currentIin) {
        return inReview(BODY, service, filer, language, birthDate, currentIin);
    }

    static long inReview(String body, Service service, String filer, String language, LocalDate birthDate,
            String currentIin) {
        String operator = operatorOf(body);
        return QuarkusTransaction.requiringNew().call(() -> {
            staff(operator, body);
            Application a = TestCases.open(body, operator);
            a.service = service;
            a.createdBy = filer;
            a.language = language;
            a.familyName = "ABILKAIYROVA";
            a.givenNames = "ULZHAN";
            a.familyNameCyrillic = "ӘБІЛҚАЙЫРОВА";
            a.givenNamesCyrillic = "ҰЛЖАН ҒАЛЫМҚЫЗЫ";
            a.birthDate = birthDate;
            a.sex = Sex.FEMALE;
            a.documentNumber = "CRT" + DOCUMENTS.incrementAndGet() + "X" + System.nanoTime() % 1_000_000;
            a.currentIin = currentIin;
            a.correctionReason = currentIin == null ? null : CorrectionReason.BIRTH_DATE;
            if (currentIin != null) {
                // the person's own IIN: the correction is filed with the passport the register has for them
                IdentityDocument held = IinRecord.findByIin(currentIin).orElseThrow().person.currentDocument();
                a.documentNumber = held.number;
                a.documentCountry = held.issuingCountry;
            }
            a.persist();
            return a.id;
        });
    }

    static Certificate certificateOf(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Certificate c = Certificate.ofApplication(Application.findById(applicationId)).orElseThrow();
            c.application.reference.length(); // loaded while the transaction is open
            return c;
        });
    }

    static void staff(String login, String body) {
        TestCases.staff(login, body);
    }
}
