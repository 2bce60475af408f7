package kz.iinportal.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.calendar.CalendarDay;
import kz.iinportal.calendar.DayKind;
import kz.iinportal.calendar.WorkingCalendar;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.notice.Notice;
import kz.iinportal.notice.NoticeKind;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.SignedIn;
import kz.iinportal.testsupport.TestCases;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.LocalizedText;

/**
 * A complaint from the refusal to the answer, over HTTP as the browsers of the people involved send it: the operator
 * refuses, the filer complains with a file, the head of the body answers; upheld, the case is back in the queue and
 * the refusing operator cannot take it while another can; rejected, the filer reads the reasons. Notices, audit
 * events and the deadline (5 working days on the calendar, a holiday among them) are checked in PostgreSQL.
 */
@QuarkusTest
class ComplaintJourneyTest {

    static final String BODY = "KARAGANDA";
    static final String FILER = "complaint-journey-filer";
    static final String OPERATOR = "complaint-journey-op";
    static final String OTHER_OPERATOR = "complaint-journey-op2";
    static final String HEAD = "complaint-journey-head";

    @Inject
    WorkingCalendar calendar;

    @Inject
    Complaints complaints;

    private LocalDate holiday;

    @AfterEach
    void removeTheHoliday() {
        if (holiday != null) {
            QuarkusTransaction.requiringNew().run(() -> CalendarDay.deleteById(holiday));
            calendar.reload();
        }
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator")
    void upheldTheCaseGoesBackToTheQueueForAnotherOperator() {
        long id = refusedOverHttp();
        // a holiday among the next working days: the term of the answer goes one working day further
        OffsetDateTime now = Kazakhstan.now();
        LocalDate sixthWorkingDay = calendar.workingDaysAfter(now, 6).day();
        holiday = ordinaryWorkingDayAfter(Kazakhstan.today());
        addHoliday(holiday);
        assertEquals(sixthWorkingDay, calendar.workingDaysAfter(now, 5).day(), "the holiday counts as a day off");

        SignedIn.as(FILER, "applicant");
        FormSession filer = new FormSession("ru");
        filer.get("/applications/" + id).then().statusCode(200)
                .body(containsString(Bundles.message("ru", "complaint.case.file")))
                .body(containsString("/applications/" + id + "/complaint"));
        filer.get("/applications/" + id + "/complaint").then().statusCode(200)
                .body(containsString(Bundles.message("ru", "complaint.form.title")))
                .body(containsString("Департамент полиции Карагандинской области"));
        Response sent = filer.sendMultipart("/applications/" + id + "/complaint",
                Map.of("text", "Адрес указан верно:\nг. Караганда, ул. Абая 1."), "files",
                Map.of("spravka.png", TestFiles.png()));
        assertEquals(303, sent.statusCode(), sent.asString());
        assertTrue(sent.header("Location").endsWith("/applications/" + id), sent.header("Location"));

        Complaint complaint = ComplaintCases.complaints(id).get(0);
        assertTrue(ComplaintReference.isValid(complaint.reference), complaint.reference);
        assertEquals(ComplaintStatus.OPEN, complaint.status);
        assertEquals("Адрес указан верно:\nг. Караганда, ул. Абая 1.", complaint.text, "line breaks are kept");
        assertEquals(OPERATOR, complaint.refusedBy);
        assertEquals(FILER, complaint.filedBy);
        assertEquals(sixthWorkingDay, complaint.deadline().day(), "5 working days after today, the holiday skipped");
        assertTrue(sixthWorkingDay.isAfter(holiday));
        List<ComplaintDocument> files = ComplaintCases.documents(complaint.id);
        assertEquals(1, files.size());
        assertEquals("image/png", files.get(0).mediaType);

        String page = filer.get("/applications/" + id).then().statusCode(200)
                .body(containsString(complaint.reference))
                .body(containsString(Bundles.message("ru", "complaint.status.OPEN")))
                .body(containsString(Bundles.message("ru", "event.COMPLAINT_FILED")))
                .body(containsString("spravka.png"))
                .body(not(containsString(Bundles.message("ru", "complaint.case.file")))) // one open complaint at a time
                .extract().asString();
        assertTrue(page.contains("<time datetime=\"" + sixthWorkingDay + "\">"), "the due day on the case page");
        byte[] back = given().cookies(filer.cookies()).get("/applications/" + id + "/complaints/" + complaint.id
                + "/documents/" + files.get(0).id).then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertArrayEquals(TestFiles.png(), back);

        Notice filed = notice(id, NoticeKind.COMPLAINT_FILED);
        assertEquals(FILER + "@example.kz", filed.recipient);
        assertTrue(filed.subject.contains(complaint.reference), filed.subject);
        assertTrue(filed.body.contains("Руководитель органа «Департамент полиции Карагандинской области»"), filed.body);
        assertTrue(filed.body.contains(String.format("%02d.%02d.%d", sixthWorkingDay.getDayOfMonth(),
                sixthWorkingDay.getMonthValue(), sixthWorkingDay.getYear())), filed.body);

        SignedIn.as(HEAD, "supervisor");
        FormSession head = new FormSession("en");
        head.get("/supervisor/complaints").then().statusCode(200).body(containsString(complaint.reference));
        head.get("/supervisor/complaints/" + complaint.id).then().statusCode(200)
                .body(containsString("Адрес указан верно"))
                .body(containsString("spravka.png"))
                .body(containsString(OPERATOR)); // who refused, by name (test staff are named by their login)
        Response answered = head.send("/supervisor/complaints/" + complaint.id + "/answer",
                Map.of("outcome", "UPHELD", "reasons", "The address is in the region; review again."));
        assertEquals(303, answered.statusCode(), answered.asString());
        head.get("/supervisor/complaints/" + complaint.id).then().statusCode(200)
                .body(containsString(Bundles.message("en", "complaint.answered.UPHELD")))
                .body(not(containsString("name=\"reasons\"")));

        Application app = ComplaintCases.application(id);
        assertEquals(ApplicationStatus.SUBMITTED, app.status);
        assertNull(app.assignedTo);
        assertNull(app.refusalGround);
        assertNull(app.operatorComment);
        assertNull(app.decidedAt);
        assertEquals(calendar.deadlineFor(OffsetDateTime.now()).day(), app.deadline().day(), "a new term of review");
        Complaint upheld = ComplaintCases.complaints(id).get(0);
        assertEquals(ComplaintStatus.UPHELD, upheld.status);
        assertEquals(HEAD, upheld.answeredBy);
        ApplicationEvent event = last(id, EventKind.COMPLAINT_UPHELD);
        assertEquals(ApplicationStatus.REFUSED, event.fromStatus);
        assertEquals(ApplicationStatus.SUBMITTED, event.toStatus);
        assertEquals(HEAD, event.actor);
        assertEquals("supervisor", event.actorRole);
        assertEquals(complaint.reference, EventDetail.parse(event.detail).complaint());
        assertNotNull(event.hash, "chained into the audit log");
        Notice answer = notice(id, NoticeKind.COMPLAINT_ANSWERED);
        assertTrue(answer.body.contains(Bundles.message("ru", "complaint.notice.outcome.UPHELD")), answer.body);
        assertTrue(answer.body.contains("The address is in the region; review again."), answer.body);

        // the operator whose refusal was set aside cannot take the case; another operator of the body can
        SignedIn.as(OPERATOR, "operator");
        FormSession refuser = new FormSession("kk");
        refuser.get("/review");
        assertEquals(303, refuser.send("/review/" + id + "/assign", Map.of("back", "/review")).statusCode());
        refuser.get("/review").then().body(containsString(Bundles.message("kk", "review.outcome.REFUSED_BEFORE")));
        assertEquals(ApplicationStatus.SUBMITTED, ComplaintCases.application(id).status);
        assertNull(ComplaintCases.application(id).assignedTo);

        QuarkusTransaction.requiringNew().run(() -> TestCases.staff(OTHER_OPERATOR, BODY));
        SignedIn.as(OTHER_OPERATOR, "operator");
        FormSession other = new FormSession("en");
        other.get("/review");
        assertEquals(303, other.send("/review/" + id + "/assign", Map.of("back", "/review")).statusCode());
        app = ComplaintCases.application(id);
        assertEquals(ApplicationStatus.IN_REVIEW, app.status);
        assertEquals(OTHER_OPERATOR, app.assignedTo);

        SignedIn.as(FILER, "applicant");
        new FormSession("ru").get("/applications/" + id).then().statusCode(200)
                .body(containsString(Bundles.message("ru", "complaint.status.UPHELD")))
                .body(containsString("The address is in the region; review again."))
                .body(containsString(Bundles.message("ru", "event.COMPLAINT_UPHELD")));
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator")
    void rejectedTheRefusalStandsAndTheFilerReadsTheReasons() {
        long id = refusedOverHttp();
        SignedIn.as(FILER, "applicant");
        FormSession filer = new FormSession("kk");
        filer.get("/applications/" + id + "/complaint");
        assertEquals(303, filer.sendMultipart("/applications/" + id + "/complaint",
                Map.of("text", "Мекенжай дұрыс көрсетілген."), "files", Map.of()).statusCode());
        Complaint complaint = ComplaintCases.complaints(id).get(0);
        assertEquals(0, ComplaintCases.documents(complaint.id).size(), "the files are optional");

        SignedIn.as(HEAD, "supervisor");
        FormSession head = new FormSession("ru");
        head.get("/supervisor/complaints/" + complaint.id);
        Response answered = head.send("/supervisor/complaints/" + complaint.id + "/answer",
                Map.of("outcome", "REJECTED", "reasons", "Адрес находится в другой области."));
        assertEquals(303, answered.statusCode(), answered.asString());

        Application app = ComplaintCases.application(id);
        assertEquals(ApplicationStatus.REFUSED, app.status, "the refusal stands");
        assertEquals(OPERATOR, app.assignedTo);
        assertNotNull(app.refusalGround);
        assertEquals(ComplaintStatus.REJECTED, ComplaintCases.complaints(id).get(0).status);
        ApplicationEvent event = last(id, EventKind.COMPLAINT_REJECTED);
        assertNull(event.toStatus);
        assertEquals(HEAD, event.actor);
        Notice answer = notice(id, NoticeKind.COMPLAINT_ANSWERED);
        assertTrue(answer.body.contains(Bundles.message("ru", "complaint.notice.outcome.REJECTED")), answer.body);
        assertTrue(answer.body.contains("Адрес находится в другой области."), answer.body);

        SignedIn.as(FILER, "applicant");
        new FormSession("kk").get("/applications/" + id).then().statusCode(200)
                .body(containsString(Bundles.message("kk", "complaint.status.REJECTED")))
                .body(containsString(Bundles.message("kk", "complaint.outcome.REJECTED")))
                .body(containsString("Адрес находится в другой области."))
                .body(containsString(Bundles.message("kk", "event.COMPLAINT_REJECTED")));
        assertEquals(List.of(EventKind.REFUSED, EventKind.COMPLAINT_FILED, EventKind.COMPLAINT_REJECTED),
                ComplaintCases.events(id).stream().filter(k -> k.name().startsWith("COMPLAINT")
                        || k == EventKind.REFUSED).toList());
    }

    /** A case of the body in review by the operator, refused by them from the review page. */
    private long refusedOverHttp() {
        ComplaintCases.head(HEAD, BODY);
        long id = TestCases.storedInReview(BODY, OPERATOR);
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(id);
            a.createdBy = FILER;
            a.email = FILER + "@example.kz";
            a.language = "ru";
        });
        FormSession operator = new FormSession("en");
        operator.get("/review/case/" + id);
        Response refused = operator.send("/review/case/" + id + "/refuse", Map.of("version",
                String.valueOf(TestCases.version(id)), "ground", "REQUIREMENTS_NOT_MET", "comment",
                "The address is not in the region."));
        assertEquals(303, refused.statusCode(), refused.asString());
        assertEquals(ApplicationStatus.REFUSED, ComplaintCases.application(id).status);
        return id;
    }

    private static LocalDate ordinaryWorkingDayAfter(LocalDate day) {
        LocalDate candidate = day.plusDays(1);
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY
                || inCalendar(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean inCalendar(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarDay.findById(day) != null);
    }

    private void addHoliday(LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarDay row = new CalendarDay();
            row.day = day;
            row.kind = DayKind.HOLIDAY;
            row.name = new LocalizedText();
            row.name.en = "Complaint test holiday";
            row.name.ru = "Тестовый праздник";
            row.name.kk = "Сынақ мерекесі";
            row.source = "test";
            row.persist();
        });
        calendar.reload();
    }

    private static Notice notice(long id, NoticeKind kind) {
        List<Notice> found = ComplaintCases.notices(id).stream().filter(n -> n.kind == kind).toList();
        assertEquals(1, found.size(), kind + " notices: " + found.size());
        return found.get(0);
    }

    private static ApplicationEvent last(long id, EventKind kind) {
        List<ApplicationEvent> found = ComplaintCases.timeline(id).stream().filter(e -> e.kind == kind).toList();
        assertEquals(1, found.size(), kind + " events");
        return found.get(0);
    }
}
