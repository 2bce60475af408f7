package kz.iinportal.notice;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One e-mail to one recipient, in the outbox. Its text is fixed when the case changes, in the filer's language, so
 * what is sent is what was true at that moment, whenever the mail server takes it.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = "Notice.ofApplication",
        query = "from Notice n where n.applicationId = ?1 order by n.createdAt, n.id")
public class Notice extends PanacheEntity {

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeState state = NoticeState.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public static List<Notice> ofApplication(long applicationId) {
        return find("#Notice.ofApplication", applicationId).list();
    }

    /** A stable Message-ID: should a send ever be repeated after a crash, mail systems see the same message. */
    public String messageId(String domain) {
        return "<notice-" + id + "@" + domain + ">";
    }
}
