package kz.iinportal.notice;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.Filer;
import kz.iinportal.application.NoticeRecipients;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.testsupport.TestCases;

/** Cases for the notice tests, written straight into PostgreSQL. */
final class NoticeCases {

    private NoticeCases() {
    }

    /** A body no other test class counts cases of. */
    static final String BODY = "NORTH_KAZAKHSTAN";

    /** A draft ready to be submitted, filed by the person themselves. */
    static long draft(String email, String language) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application(BODY);
            a.reference = null;
            a.createdBy = "notice-applicant";
            a.language = language;
            a.email = email;
            a.persist();
            return a.id;
        });
    }

    /** A case in review by the operator, as after assignment. */
    static long[] inReview(String email, String language, String operator) {
        long id = draft(email, language);
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = Application.findById(id);
            a.reference = ReferenceNumber.next();
            a.status = ApplicationStatus.IN_REVIEW;
            a.assignedTo = operator;
            a.submittedAt = OffsetDateTime.now();
            a.flush();
            return new long[] { a.id, a.version };
        });
    }

    static void representedBy(long id, String representativeEmail, NoticeRecipients recipients) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(id);
            a.filer = Filer.REPRESENTATIVE;
            a.filerEmail = representativeEmail;
            a.noticeRecipients = recipients;
        });
    }

    static List<Notice> notices(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.ofApplication(id));
    }
}
