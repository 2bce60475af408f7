package kz.iinportal.complaint;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A supervisor who heads a territorial body (or deputises for its head) and so answers the complaints on its cases
 * (Law on Public Services, art. 25: the complaint goes to the head of the provider). Kept apart from the staff
 * member's own body, which says whose cases an operator reviews.
 */
@Entity
@Table(name = "body_head")
public class BodyHead extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "login")
        public String login;
        @Column(name = "territorial_body")
        public String territorialBody;

        public Key() {
        }

        Key(String login, String territorialBody) {
            this.login = login;
            this.territorialBody = territorialBody;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(login, k.login)
                    && Objects.equals(territorialBody, k.territorialBody);
        }

        @Override
        public int hashCode() {
            return Objects.hash(login, territorialBody);
        }
    }

    /** The codes of the bodies this login heads; none for anyone else. */
    public static List<String> bodiesOf(String login) {
        if (login == null) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select h.key.territorialBody from BodyHead h where h.key.login = ?1 "
                        + "order by h.key.territorialBody", String.class)
                .setParameter(1, login).getResultList();
    }

    /** Records that the login heads the body, unless it does already. */
    public static void appoint(String login, String body) {
        Key key = new Key(login, body);
        if (findById(key) == null) {
            BodyHead head = new BodyHead();
            head.key = key;
            head.persist();
        }
    }
}
