package kz.iinportal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.CorrectionReason;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Service;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Iin;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;
import kz.iinportal.testsupport.Race;
import kz.iinportal.testsupport.TestCases;

/** Every decision path against PostgreSQL and the real register, and two decisions racing for one case. */
@QuarkusTest
class DecisionsTest {

    static final AtomicInteger DOCUMENTS = new AtomicInteger();

    @Inject
    Decisions decisions;

    @Inject
    Register register;

    @Test
    void acceptingAFormationFormsTheIinAndCreatesThePerson() {
        Case c = inReview(Service.FORMATION, LocalDate.of(1985, 6, 15), Sex.FEMALE, null);
        String iin = decisions.accept(c.id, c.version, "op");
        assertEquals(LocalDate.of(1985, 6, 15), Iin.parse(iin).birthDate());
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(c.id);
            assertEquals(ApplicationStatus.IIN_FORMED, app.status);
            assertEquals(iin, app.resultIin);
            IinRecord record = IinRecord.findByIin(iin).orElseThrow();
            assertEquals(IinStatus.ACTIVE, record.status);
            assertEquals(app.reference, record.formedByApplication);
            assertEquals("DECIDE", record.person.familyName);
            ApplicationEvent last = ApplicationEvent.timeline(app).get(ApplicationEvent.timeline(app).size() - 1);
            assertEquals(ApplicationStatus.IN_REVIEW, last.fromStatus);
            assertEquals(ApplicationStatus.IIN_FORMED, last.toStatus);
            assertEquals("op", last.actor);
        });
        // Deciding twice is impossible.
        assertEquals(DecisionException.Reason.CHANGED_MEANWHILE, assertThrows(DecisionException.class,
                () -> decisions.accept(c.id, c.version, "op")).reason());
    }

    @Test
    void formationIsBlockedWhenAnActiveIinHasTheSameDocument() {
        Case c = inReview(Service.FORMATION, LocalDate.of(1977, 1, 2), Sex.MALE, null);
        register.form(new PersonData("EARLIER", "PERSON", null, null, LocalDate.of(1977, 1, 2), Sex.MALE, "DE",
                new PersonData.Document(DocumentType.PASSPORT, c.document, "DE", null, null)), "op", null);
        assertEquals(DecisionException.Reason.ACTIVE_IIN_FOR_DOCUMENT, assertThrows(DecisionException.class,
                () -> decisions.accept(c.id, c.version, "op")).reason());
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(c.id);
            assertEquals(ApplicationStatus.IN_REVIEW, app.status, "nothing half-done");
            assertNull(app.resultIin);
        });
    }

    @Test
    void acceptingACorrectionFormsTheRightIinAndRetiresTheOldOne() {
        // The applicant's own IIN: the register person holds the passport the correction is filed with.
        Case c = inReview(Service.CORRECTION, LocalDate.of(1990, 1, 10), Sex.MALE, null);
        IinRecord old = register.form(new PersonData("DECIDE", "CORRECTION", null, null, LocalDate.of(1990, 1, 1),
                Sex.MALE, "DE", new PersonData.Document(DocumentType.PASSPORT, c.document, "DE", null, null)), "op",
                null);
        Case named = naming(c, old.iin);
        String iin = decisions.accept(named.id, named.version, "op");
        assertNotEquals(old.iin, iin);
        assertEquals(LocalDate.of(1990, 1, 10), Iin.parse(iin).birthDate());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(IinStatus.CORRECTED, IinRecord.findByIin(old.iin).orElseThrow().status);
            assertEquals(ApplicationStatus.IIN_CORRECTED, Application.<Application>findById(c.id).status);
        });
    }

    @Test
    void aCorrectionOfSomeoneElsesIinIsRefusedAndTouchesNothing() {
        IinRecord stranger = register.form(new PersonData("HOLDER", "REAL", null, null, LocalDate.of(1981, 11, 4),
                Sex.FEMALE, "CN", new PersonData.Document(DocumentType.PASSPORT, "E" + DOCUMENTS.incrementAndGet(),
                        "CN", null, null)),
                "op", null);
        Case c = inReview(Service.CORRECTION, LocalDate.of(1973, 11, 18), Sex.FEMALE, stranger.iin);
        assertEquals(DecisionException.Reason.NAMED_IIN_NOT_THE_APPLICANTS, assertThrows(DecisionException.class,
                () -> decisions.accept(c.id, c.version, "op")).reason());
        QuarkusTransaction.requiringNew().run(() -> {
            IinRecord record = IinRecord.findByIin(stranger.iin).orElseThrow();
            assertEquals(IinStatus.ACTIVE, record.status);
            assertEquals("HOLDER", record.person.familyName);
            assertEquals(LocalDate.of(1981, 11, 4), record.person.birthDate);
            assertEquals(ApplicationStatus.IN_REVIEW, Application.<Application>findById(c.id).status);
        });
    }

    @Test
    void refusalsNeedAGroundACommentAndForGroundThreeAnUncorrectedIin() {
        Case c = inReview(Service.FORMATION, LocalDate.of(1999, 9, 9), Sex.FEMALE, null);
        assertEquals(DecisionException.Reason.COMMENT_REQUIRED, assertThrows(DecisionException.class,
                () -> decisions.refuse(c.id, c.version, "op", RefusalGround.UNRELIABLE_DOCUMENTS, " ", null))
                .reason());
        assertEquals(DecisionException.Reason.IIN_NOT_AMONG_CANDIDATES, assertThrows(DecisionException.class,
                () -> decisions.refuse(c.id, c.version, "op", RefusalGround.IIN_ALREADY_REGISTERED, "found",
                        "000000000000"))
                .reason());

        // Someone else's ACTIVE IIN is no ground to refuse this applicant, and is refused in the same words.
        IinRecord stranger = register.form(new PersonData("OTHER", "PERSON", null, null, LocalDate.of(1999, 9, 9),
                Sex.FEMALE, "DE", new PersonData.Document(DocumentType.PASSPORT, "S" + DOCUMENTS.incrementAndGet(),
                        "DE", null, null)),
                "op", null);
        assertEquals(DecisionException.Reason.IIN_NOT_AMONG_CANDIDATES, assertThrows(DecisionException.class,
                () -> decisions.refuse(c.id, c.version, "op", RefusalGround.IIN_ALREADY_REGISTERED, "found",
                        stranger.iin))
                .reason());

        // The applicant's own earlier registration: the same passport. Its corrected number is no ground (the
        // exception in the rules); the number in force is.
        PersonData earlier = new PersonData("EARLIER", "ONE", null, null, LocalDate.of(1999, 9, 9), Sex.FEMALE, "DE",
                new PersonData.Document(DocumentType.PASSPORT, c.document, "DE", null, null));
        IinRecord corrected = register.form(earlier, "op", null);
        register.correct(corrected.iin, earlier.withBirthDate(LocalDate.of(1999, 9, 10)), false, "op", null);
        assertEquals(DecisionException.Reason.IIN_NOT_AMONG_CANDIDATES, assertThrows(DecisionException.class,
                () -> decisions.refuse(c.id, c.version, "op", RefusalGround.IIN_ALREADY_REGISTERED, "found",
                        corrected.iin))
                .reason());

        String active = register.current(corrected.iin).orElseThrow().iin;
        decisions.refuse(c.id, c.version, "op", RefusalGround.IIN_ALREADY_REGISTERED, "You hold " + active, active);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(c.id);
            assertEquals(ApplicationStatus.REFUSED, app.status);
            assertEquals(RefusalGround.IIN_ALREADY_REGISTERED, app.refusalGround);
            assertTrue(app.operatorComment.contains(active));
            assertEquals(active, app.refusedForIin);
            List<ApplicationEvent> timeline = ApplicationEvent.timeline(app);
            assertEquals("ground=IIN_ALREADY_REGISTERED; iin=" + active, timeline.get(timeline.size() - 1).detail);
        });

        for (RefusalGround ground : new RefusalGround[] { RefusalGround.UNRELIABLE_DOCUMENTS,
                RefusalGround.REQUIREMENTS_NOT_MET }) {
            Case other = inReview(Service.FORMATION, LocalDate.of(1988, 8, 8), Sex.MALE, null);
            decisions.refuse(other.id, other.version, "op", ground, "Reason given", null);
            QuarkusTransaction.requiringNew().run(() -> assertEquals(ground,
                    Application.<Application>findById(other.id).refusalGround));
        }
    }

    @Test
    void onlyTheAssigneeDecidesAndAStalePageIsRefused() {
        Case c = inReview(Service.FORMATION, LocalDate.of(1970, 7, 7), Sex.MALE, null);
        assertEquals(DecisionException.Reason.NOT_ASSIGNED_TO_YOU, assertThrows(DecisionException.class,
                () -> decisions.accept(c.id, c.version, "another-operator")).reason());
        assertEquals(DecisionException.Reason.CHANGED_MEANWHILE, assertThrows(DecisionException.class,
                () -> decisions.accept(c.id, c.version - 1, "op")).reason());
    }

    @Test
    void twoCasesForTheSamePassportAcceptedAtOnceFormOnlyOneIin() throws Exception {
        for (int round = 0; round < 3; round++) {
            Case first = inReview(Service.FORMATION, LocalDate.of(1961, 4, 4), Sex.MALE, null);
            Case second = sameDocument(first);
            List<String> results = Race.run(accept(first), accept(second));
            assertEquals(1, results.stream().filter(r -> r.startsWith("accepted")).count(), results.toString());
            assertTrue(results.contains("ACTIVE_IIN_FOR_DOCUMENT"), results.toString());
            assertTrue(IinRecord.activeForDocument(first.document, "DE").isPresent());
        }
    }

    /** Accepting the case as operator "op": "accepted" and the IIN, or why the decision was refused. */
    private Callable<String> accept(Case c) {
        return () -> {
            try {
                return "accepted " + decisions.accept(c.id, c.version, "op");
            } catch (DecisionException e) {
                return e.reason().name();
            }
        };
    }

    /** A second case of another filer for the same passport as {@code c}. */
    private static Case sameDocument(Case c) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.open("KOSTANAY", "op");
            a.familyName = "DECIDE";
            a.birthDate = LocalDate.of(1961, 4, 4);
            a.documentNumber = c.document;
            a.persist();
            a.flush();
            return new Case(a.id, a.version, c.document);
        });
    }

    @Test
    void twoSimultaneousDecisionsExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Case c = inReview(Service.FORMATION, LocalDate.of(1960, 3, 3), Sex.FEMALE, null);
            Callable<String> refuse = () -> {
                try {
                    decisions.refuse(c.id, c.version, "op", RefusalGround.REQUIREMENTS_NOT_MET, "No", null);
                    return "refused";
                } catch (DecisionException e) {
                    return e.reason().name();
                }
            };
            List<String> results = Race.run(accept(c), refuse);
            long wins = results.stream().filter(r -> r.startsWith("accepted") || r.equals("refused")).count();
            assertEquals(1, wins, results.toString());
            assertTrue(results.contains("CHANGED_MEANWHILE"), results.toString());
            QuarkusTransaction.requiringNew().run(() -> {
                Application app = Application.findById(c.id);
                long formed = IinRecord.count("formedByApplication", app.reference);
                if (app.status == ApplicationStatus.IIN_FORMED) {
                    assertEquals(1, formed);
                } else {
                    assertEquals(ApplicationStatus.REFUSED, app.status);
                    assertEquals(0, formed, "the losing acceptance left no IIN behind");
                }
            });
        }
    }

    record Case(long id, long version, String document) {
    }

    private static Case inReview(Service service, LocalDate birth, Sex sex, String currentIin) {
        String document = "DEC" + DOCUMENTS.incrementAndGet() + "X" + (System.nanoTime() % 100000);
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.open("KOSTANAY", "op");
            a.service = service;
            a.familyName = "DECIDE";
            a.birthDate = birth;
            a.sex = sex;
            a.documentNumber = document;
            a.currentIin = currentIin;
            a.correctionReason = service == Service.CORRECTION ? CorrectionReason.BIRTH_DATE : null;
            a.persist();
            a.flush();
            return new Case(a.id, a.version, document);
        });
    }

    /** The correction case {@code c}, now naming {@code iin}. */
    private static Case naming(Case c, String iin) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = Application.findById(c.id);
            a.currentIin = iin;
            a.flush();
            return new Case(a.id, a.version, c.document);
        });
    }
}
