package kz.iinportal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.application.NoticeRecipients;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Submission;
import kz.iinportal.certificate.Certificate;
import kz.iinportal.review.DecisionException;
import kz.iinportal.review.Decisions;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.testsupport.Race;

/** The outbox with Quarkus' mock mailer: written with the change, sent once, in the filer's language. */
@QuarkusTest
class NoticesTest {

    @Inject
    Submission submission;

    @Inject
    Decisions decisions;

    @Inject
    NoticeSender sender;

    @Inject
    MockMailbox mailbox;

    @Test
    void submittingWritesTheNoticeInTheSameTransactionAndTheSenderDeliversItOnce() {
        String to = unique("self");
        long id = NoticeCases.draft(to, "en");
        QuarkusTransaction.requiringNew().run(() -> submission.submit(Application.findById(id), "a", "applicant"));
        List<Notice> written = NoticeCases.notices(id);
        assertEquals(1, written.size());
        assertEquals(NoticeState.PENDING, written.get(0).state);
        assertEquals(0, mailbox.getMailsSentTo(to).size(), "nothing is sent inside the case's transaction");

        sender.sendDue();
        sender.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(to);
        assertEquals(1, mails.size());
        String reference = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>findById(id).reference);
        assertTrue(mails.get(0).getSubject().contains(reference), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("A decision is due by"), mails.get(0).getText());
        assertEquals("<notice-" + written.get(0).id + "@iin.example.kz>",
                mails.get(0).getHeaders().get("Message-ID").get(0));
        Notice sent = NoticeCases.notices(id).get(0);
        assertEquals(NoticeState.SENT, sent.state);
        assertNotNull(sent.sentAt);
        assertEquals(1, sent.attempts);
    }

    @Test
    void aRefusalIsWrittenInTheFilersLanguageWithGroundCommentAndAppeal() {
        String to = unique("kk");
        long[] c = NoticeCases.inReview(to, "kk", "notice-op");
        decisions.refuse(c[0], c[1], "notice-op", RefusalGround.UNRELIABLE_DOCUMENTS, "Паспорт көшірмесі анық емес",
                null);
        sender.sendDue();
        Mail mail = mailbox.getMailsSentTo(to).get(0);
        assertTrue(mail.getSubject().contains("бас тартылды"), mail.getSubject());
        assertTrue(mail.getText().contains("Паспорт көшірмесі анық емес"), mail.getText());
        assertTrue(mail.getText().contains("5 жұмыс күні"), "how to appeal: " + mail.getText());
        String body = QuarkusTransaction.requiringNew().call(
                () -> TerritorialBody.<TerritorialBody>findById(
                        NoticeCases.BODY).name.in("kk"));
        assertTrue(mail.getText().contains(body), "the body to complain to: " + mail.getText());
    }

    @Test
    void anAcceptedFormationTellsTheIin() {
        String to = unique("formed");
        long[] c = NoticeCases.inReview(to, "ru", "notice-op");
        String iin = decisions.accept(c[0], c[1], "notice-op");
        sender.sendDue();
        Mail mail = mailbox.getMailsSentTo(to).get(0);
        assertTrue(mail.getSubject().contains("ИИН сформирован"), mail.getSubject());
        assertTrue(mail.getText().contains(iin));
        String number = QuarkusTransaction.requiringNew().call(() -> Certificate
                .ofApplication(Application.findById(c[0])).orElseThrow().number);
        assertTrue(mail.getText().contains("http://localhost:8080/certificates/" + number + "/pdf"), mail.getText());
    }

    @Test
    void aRepresentativeChoosesWhoIsTold() {
        String principal = unique("principal");
        String representative = unique("representative");
        long id = NoticeCases.draft(principal, "en");
        NoticeCases.representedBy(id, representative, NoticeRecipients.BOTH);
        QuarkusTransaction.requiringNew().run(() -> submission.submit(Application.findById(id), "r", "representative"));
        sender.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(principal).size());
        assertEquals(1, mailbox.getMailsSentTo(representative).size());

        String onlyPrincipal = unique("only-principal");
        String notTold = unique("not-told");
        long other = NoticeCases.draft(onlyPrincipal, "en");
        NoticeCases.representedBy(other, notTold, NoticeRecipients.PRINCIPAL);
        QuarkusTransaction.requiringNew()
                .run(() -> submission.submit(Application.findById(other), "r", "representative"));
        sender.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(onlyPrincipal).size());
        assertEquals(0, mailbox.getMailsSentTo(notTold).size());
    }

    @Test
    void aDecisionThatFailsLeavesNoNotice() {
        String to = unique("no-notice");
        long[] c = NoticeCases.inReview(to, "en", "notice-op");
        assertThrows(DecisionException.class, () -> decisions.accept(c[0], c[1] + 7, "notice-op"));
        assertEquals(0, NoticeCases.notices(c[0]).size());
    }

    @Test
    void aCrashBetweenCommitAndSendLosesNothingAndTwoSendersNeverSendTwice() throws Exception {
        // The decision commits; the portal "dies" before any sender runs: the notice waits in the database.
        String to = unique("crash");
        long[] c = NoticeCases.inReview(to, "en", "notice-op");
        decisions.refuse(c[0], c[1], "notice-op", RefusalGround.REQUIREMENTS_NOT_MET, "Missing translation", null);
        assertEquals(NoticeState.PENDING, NoticeCases.notices(c[0]).get(0).state);
        assertEquals(0, mailbox.getMailsSentTo(to).size());

        // After the restart two senders (say, two portal instances) start at the same moment.
        Race.run(sender::sendDue, sender::sendDue);
        assertEquals(1, mailbox.getMailsSentTo(to).size(), "delivered exactly once");
        assertEquals(NoticeState.SENT, NoticeCases.notices(c[0]).get(0).state);
    }

    @Test
    void backOffDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), sender.backoff(1));
        assertEquals(Duration.ofSeconds(60), sender.backoff(2));
        assertEquals(Duration.ofSeconds(120), sender.backoff(3));
        assertEquals(Duration.ofHours(1), sender.backoff(30));
    }

    static String unique(String who) {
        return who + "-" + System.nanoTime() + "@example.com";
    }
}
