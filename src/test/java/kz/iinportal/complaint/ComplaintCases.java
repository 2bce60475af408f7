package kz.iinportal.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.notice.Notice;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.TestCases;
import kz.iinportal.web.Role;

/** Refused cases, heads of bodies and what the complaint tests look at, written and read straight in PostgreSQL. */
public final class ComplaintCases {

    private ComplaintCases() {
    }

    /** A case of the body filed by {@code filer}, refused by {@code operator} as the decision does it; its id. */
    public static long refused(String body, String filer, String operator) {
        return refused(body, filer, operator, OffsetDateTime.now());
    }

    static long refused(String body, String filer, String operator, OffsetDateTime refusedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(operator, body);
            Application a = TestCases.open(body, operator);
            a.createdBy = filer;
            a.email = filer + "@example.kz";
            a.persist();
            a.refusalGround = RefusalGround.REQUIREMENTS_NOT_MET;
            a.operatorComment = "The address is not in the region.";
            a.decidedAt = refusedAt;
            a.moveTo(ApplicationStatus.REFUSED, operator, Role.OPERATOR_NAME, EventKind.REFUSED);
            return a.id;
        });
    }

    /** A supervisor who heads the body (a staff member without a body of their own, as heads are). */
    public static void head(String login, String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Staff.findById(login) == null) {
                Staff head = new Staff();
                head.login = login;
                head.fullName = "Head " + login;
                head.persist();
            }
            BodyHead.appoint(login, body);
        });
    }

    static Application application(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = Application.findById(id);
            a.region.name.en.length(); // loaded while the transaction is open
            return a;
        });
    }

    static List<Complaint> complaints(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>list(
                "application.id = ?1 order by filedAt", applicationId));
    }

    static List<ComplaintDocument> documents(long complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ComplaintDocument.ofComplaint(complaintId));
    }

    static List<EventKind> events(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.timeline(Application.findById(
                applicationId)).stream().map(e -> e.kind).toList());
    }

    static List<ApplicationEvent> timeline(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.timeline(Application.findById(
                applicationId)));
    }

    static List<Notice> notices(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.ofApplication(applicationId));
    }

    /** A complaint filed on the refused case through the service, as the form does; its id. */
    public static long filed(Complaints complaints, long applicationId, String filer) {
        return complaints.file(applicationId, new ComplaintForm("The refusal is wrong.", List.of(),
                Map.of()), filer, Role.APPLICANT_NAME).id;
    }
}
