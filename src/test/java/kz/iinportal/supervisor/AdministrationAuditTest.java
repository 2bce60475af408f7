package kz.iinportal.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Service;
import kz.iinportal.application.ServiceRule;
import kz.iinportal.audit.AdminEvent;
import kz.iinportal.audit.AdminEventKind;
import kz.iinportal.testsupport.DateFields;
import kz.iinportal.testsupport.FormSession;

/**
 * Holiday-calendar and service-rule changes made through the supervisor's pages are in the administration audit,
 * with who, what and from → to. The dates are far in the future, in no seeded calendar or rule, and the test takes
 * its changes back (which are audited too).
 */
@QuarkusTest
@TestSecurity(user = "audit-admin-supervisor", roles = "supervisor")
class AdministrationAuditTest {

    static final LocalDate DAY = LocalDate.of(2031, 3, 11);
    static final LocalDate RULE_FROM = LocalDate.of(2099, 6, 1);

    @Test
    void calendarChangesAreAudited() {
        Map<String, String> day = new HashMap<>(DateFields.of("day", DAY));
        day.put("kind", "HOLIDAY");
        day.put("nameKk", "Сынақ күні");
        day.put("nameRu", "Тестовый день");
        day.put("nameEn", "Audit test day");
        day.put("source", "Order No. 7 (test)");
        new FormSession().post("/supervisor/calendar?year=2031", "/supervisor/calendar", day).then().statusCode(303);
        String page = "/supervisor/calendar/" + DAY;
        day.put("nameEn", "Audit test day, renamed");
        new FormSession().post(page, page, day).then().statusCode(303);
        new FormSession().post(page, page + "/remove", Map.of()).then().statusCode(303);

        List<AdminEvent> events = events(List.of(AdminEventKind.CALENDAR_DAY_ADDED,
                AdminEventKind.CALENDAR_DAY_CHANGED, AdminEventKind.CALENDAR_DAY_REMOVED), DAY.toString());
        assertEquals(3, events.size());
        AdminEvent added = events.get(0);
        assertEquals(AdminEventKind.CALENDAR_DAY_ADDED, added.kind);
        assertEquals("audit-admin-supervisor", added.actor);
        assertNull(added.fromValue);
        assertEquals("HOLIDAY; kk=Сынақ күні; ru=Тестовый день; en=Audit test day; source=Order No. 7 (test)",
                added.toValue);
        AdminEvent changed = events.get(1);
        assertEquals(added.toValue, changed.fromValue);
        assertTrue(changed.toValue.contains("en=Audit test day, renamed"), changed.toValue);
        AdminEvent removed = events.get(2);
        assertEquals(AdminEventKind.CALENDAR_DAY_REMOVED, removed.kind);
        assertEquals(changed.toValue, removed.fromValue);
        assertNull(removed.toValue);
        assertTrue(added.seq < changed.seq && changed.seq < removed.seq, "chained in order");
    }

    @Test
    void ruleAmendmentsAndTheirWithdrawalAreAudited() {
        String form = "/supervisor/rules/FORMATION/amend";
        Map<String, String> amendment = new HashMap<>(DateFields.of("validFrom", RULE_FROM));
        amendment.put("serviceCentre", "yes");
        amendment.put("selfAllowed", "yes");
        amendment.put("document-IDENTITY_DOCUMENT", "yes");
        amendment.put("legalBasis", "MIA order No. 1001 (audit test)");
        new FormSession().post(form, form, amendment).then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> ServiceRule.<ServiceRule>find(
                "service = ?1 and validFrom = ?2", Service.FORMATION, RULE_FROM).firstResult().id);
        new FormSession().post("/supervisor/rules", "/supervisor/rules/" + id + "/withdraw", Map.of()).then()
                .statusCode(303);

        List<AdminEvent> events = events(List.of(AdminEventKind.RULE_AMENDED, AdminEventKind.RULE_WITHDRAWN),
                "FORMATION " + RULE_FROM);
        assertEquals(2, events.size());
        assertEquals(AdminEventKind.RULE_AMENDED, events.get(0).kind);
        assertEquals("audit-admin-supervisor", events.get(0).actor);
        assertTrue(
                events.get(0).toValue.startsWith("online=false; serviceCentre=true; self=true; representative=false"),
                events.get(0).toValue);
        assertTrue(events.get(0).toValue.endsWith("legalBasis=MIA order No. 1001 (audit test)"));
        assertEquals(AdminEventKind.RULE_WITHDRAWN, events.get(1).kind);
        assertEquals(events.get(0).toValue, events.get(1).fromValue);
        assertNull(events.get(1).toValue);
    }

    private static List<AdminEvent> events(List<AdminEventKind> kinds, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AdminEvent.about(kinds, subject));
    }
}
