package kz.iinportal.notice;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import kz.iinportal.operations.LogText;
import kz.iinportal.operations.PortalMetrics;

/**
 * Works off the outbox. Each notice is sent inside a transaction that holds its row lock, so two senders (two
 * portal instances, or a run overlapping the next) never send the same notice; the row is marked SENT in that same
 * transaction once the mail server has accepted the message. A failure leaves the notice PENDING with its next
 * attempt pushed back (30 s, 1 min, 2 min, … up to 1 h), so it is retried until the server takes it. The one
 * remaining window — the server accepted, then the portal died before its commit — resends the same Message-ID,
 * which mail systems recognise as one message.
 */
@ApplicationScoped
public class NoticeSender {

    private static final Logger LOG = Logger.getLogger(NoticeSender.class);

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    NoticeSettings settings;

    @Inject
    PortalMetrics metrics;

    @Scheduled(every = "${iin-notices.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "notice-sender")
    void scheduled() {
        sendDue();
    }

    /** Sends what is due now; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (int i = 0; i < settings.batch(); i++) {
            Boolean outcome = QuarkusTransaction.requiringNew().call(this::sendNext);
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends the next due notice: true when sent, false when it failed, null when nothing is due. */
    private Boolean sendNext() {
        @SuppressWarnings("unchecked")
        List<Notice> due = em.createNativeQuery("""
                SELECT * FROM notice WHERE state = 'PENDING' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""", Notice.class).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        Notice notice = due.get(0);
        notice.attempts++;
        try {
            mailer.send(Mail.withText(notice.recipient, notice.subject, notice.body)
                    .setFrom(settings.from())
                    .addHeader("Message-ID", notice.messageId(settings.messageIdDomain()))
                    .addHeader("Content-Language", notice.language));
            notice.state = NoticeState.SENT;
            notice.sentAt = OffsetDateTime.now();
            notice.lastError = null;
            return true;
        } catch (RuntimeException e) {
            notice.nextAttemptAt = OffsetDateTime.now().plus(backoff(notice.attempts));
            notice.lastError = abbreviate(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            metrics.sendFailed();
            // The mail server's answer often quotes the recipient's address: the log gets it without the address
            // (the notice row keeps the full answer for the supervisor).
            LOG.warnf("Notice %d not sent (attempt %d), next attempt at %s: %s", notice.id, notice.attempts,
                    notice.nextAttemptAt, LogText.withoutEmailAddresses(notice.lastError));
            return false;
        }
    }

    Duration backoff(int attempts) {
        Duration wait = settings.firstBackoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
