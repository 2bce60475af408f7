package kz.iinportal.testsupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.Channel;
import kz.iinportal.application.Filer;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.application.Service;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.TerritorialBody;

/**
 * Cases and staff written straight into PostgreSQL for tests that start after the applying journey. Call inside a
 * transaction; change what the test is about, then persist. Each test class uses a territorial body of its own, so
 * that counts of one class are not disturbed by the cases of another.
 */
public final class TestCases {

    private static final AtomicLong DOCUMENTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestCases() {
    }

    /** A complete formation application of the body, filed online by the person, with its reference; DRAFT. */
    public static Application application(String body) {
        Application a = new Application();
        a.service = Service.FORMATION;
        a.channel = Channel.ONLINE;
        a.filer = Filer.SELF;
        a.createdBy = "someone";
        a.language = "en";
        long n = DOCUMENTS.incrementAndGet();
        a.familyName = "TESTED";
        // A person of their own: other tests' cases must not look like the same person (a strong duplicate
        // candidate blocks formation), so the given names and birth date differ from case to case.
        a.givenNames = "CASE " + letters(n);
        a.birthDate = LocalDate.of(1950, 1, 1).plusDays(Math.floorMod(n * 7919, 18_000));
        a.sex = Sex.MALE;
        a.citizenship = "DE";
        a.stateless = false;
        a.placeOfBirth = "Bonn";
        a.documentType = DocumentType.PASSPORT;
        a.documentNumber = "T" + n;
        a.documentCountry = "DE";
        a.region = TerritorialBody.findById(body);
        a.reference = ReferenceNumber.next();
        return a;
    }

    /** Eight letters that differ from those of any nearby {@code n} (a scrambled base 26). */
    private static String letters(long n) {
        long x = (n + 1) * 0x9E3779B97F4A7C15L;
        StringBuilder out = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            out.append((char) ('A' + Math.floorMod(x, 26)));
            x = Long.rotateRight(x, 11) * 31 + i;
        }
        return out.toString();
    }

    /** Submitted now, due tomorrow, in the queue; or in review by the operator when one is given. */
    public static Application open(String body, String operator) {
        Application a = application(body);
        a.status = operator == null ? ApplicationStatus.SUBMITTED : ApplicationStatus.IN_REVIEW;
        a.assignedTo = operator;
        a.submittedAt = OffsetDateTime.now();
        a.dueAt = a.submittedAt.plusDays(1);
        return a;
    }

    /** A case of the body in review by the operator (a staff member of the body), stored; its id. */
    public static long storedInReview(String body, String operator) {
        return QuarkusTransaction.requiringNew().call(() -> {
            staff(operator, body);
            Application a = open(body, operator);
            a.persist();
            return a.id;
        });
    }

    /** The case's version as stored now: what a page opened now would send back. */
    public static long version(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>findById(id).version);
    }

    /** A staff member of the body, unless they exist already. */
    public static void staff(String login, String body) {
        if (Staff.findById(login) == null) {
            Staff s = new Staff();
            s.login = login;
            s.fullName = login;
            s.territorialBody = TerritorialBody.findById(body);
            s.persist();
        }
    }
}
