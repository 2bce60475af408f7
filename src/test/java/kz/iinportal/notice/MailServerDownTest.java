package kz.iinportal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.review.Decisions;
import kz.iinportal.testsupport.FakeSmtpServer;

/**
 * The portal talks SMTP to a real socket. While nothing listens there the notice of a decision stays PENDING and is
 * retried with back-off; when the server is back it is delivered exactly once.
 */
@QuarkusTest
@TestProfile(MailServerDownTest.RealSmtp.class)
class MailServerDownTest {

    static final int PORT = FakeSmtpServer.freePort();

    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(PORT), "quarkus.mailer.start-tls", "DISABLED",
                    "quarkus.mailer.keep-alive", "false");
        }
    }

    @Inject
    Decisions decisions;

    @Inject
    NoticeSender sender;

    @Test
    void aDecisionWhileTheMailServerIsDownIsRetriedAndDeliveredOnceWhenItRecovers() throws Exception {
        String to = NoticesTest.unique("outage");
        long[] c = NoticeCases.inReview(to, "en", "notice-op");
        decisions.refuse(c[0], c[1], "notice-op", RefusalGround.UNRELIABLE_DOCUMENTS, "Unreadable scan", null);

        assertEquals(0, sender.sendDue(), "the server is down");
        Notice failed = NoticeCases.notices(c[0]).get(0);
        assertEquals(NoticeState.PENDING, failed.state);
        assertEquals(1, failed.attempts);
        assertNotNull(failed.lastError);
        assertTrue(failed.nextAttemptAt.isAfter(OffsetDateTime.now().plusSeconds(20)), "backs off before retrying");
        assertEquals(0, sender.sendDue(), "not retried before its time");
        assertEquals(1, NoticeCases.notices(c[0]).get(0).attempts);

        try (FakeSmtpServer server = new FakeSmtpServer(PORT)) {
            server.start();
            // The back-off has passed; the sender runs until the notice is out (normally on the first run).
            for (int run = 0; run < 3 && NoticeCases.notices(c[0]).get(0).state == NoticeState.PENDING; run++) {
                dueNow(failed.id);
                sender.sendDue();
            }
            sender.sendDue();
            long delivered = server.messages.stream().filter(m -> m.contains(to)).count();
            assertEquals(1, delivered, "delivered exactly once");
            assertTrue(server.messages.stream().anyMatch(m -> m.contains("Message-ID: <notice-" + failed.id + "@")));
            Notice sent = NoticeCases.notices(c[0]).get(0);
            assertEquals(NoticeState.SENT, sent.state);
            assertTrue(sent.attempts >= 2, "at least the failed attempt and the successful one");
        }
    }

    private static void dueNow(long noticeId) {
        QuarkusTransaction.requiringNew().run(() -> Notice.update("nextAttemptAt = ?1 where id = ?2",
                OffsetDateTime.now().minusSeconds(1), noticeId));
    }
}
