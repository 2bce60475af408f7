package kz.iinportal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iinportal.application.Application;
import kz.iinportal.application.Channel;
import kz.iinportal.application.Filer;
import kz.iinportal.application.NoticeRecipients;
import kz.iinportal.application.Service;
import kz.iinportal.application.Voice;
import kz.iinportal.web.BundleText;

/**
 * A notice speaks to whoever receives it: the applicant of their application, the representative of the application
 * they filed for the person named; a walk-in without an address gets none.
 */
class NoticeVoicesTest {

    @Test
    void theRepresentativeAndThePrincipalEachReadTheirOwnWords() {
        Application app = represented(NoticeRecipients.BOTH);
        assertEquals(Map.of("anna@example.ie", Voice.SELF, "agent@example.kz", Voice.REPRESENTATIVE),
                Notices.recipients(app));
        for (String language : List.of("en", "ru", "kk")) {
            app.language = language;
            NoticeText.Text toAgent = NoticeText.of(app, NoticeKind.SUBMITTED, "https://portal.example", "",
                    Voice.REPRESENTATIVE);
            NoticeText.Text toApplicant = NoticeText.of(app, NoticeKind.SUBMITTED, "https://portal.example", "",
                    Voice.SELF);
            String name = "ANNA MARIA O'BRIEN-SMITH";
            assertTrue(toAgent.body().startsWith(text(language, "notice.greeting.forRepresentative")), language);
            assertTrue(toAgent.body().contains(name), "the representative is told whom it is about: " + language);
            assertTrue(toApplicant.body().startsWith(text(language, "notice.greeting").replace("%name%", name)));
        }
        app.language = "en";
        assertTrue(NoticeText.of(app, NoticeKind.SUBMITTED, "l", "", Voice.REPRESENTATIVE).body()
                .contains(
                        "We have received the application KZ-TEST (Formation of an IIN) that you filed for " + name()));
        assertTrue(NoticeText.of(app, NoticeKind.SUBMITTED, "l", "", Voice.SELF).body()
                .contains("We have received your application KZ-TEST"));
        assertEquals("The IIN of ANNA MARIA O'BRIEN-SMITH has been formed (KZ-TEST)",
                NoticeText.of(app, NoticeKind.IIN_FORMED, "l", "", Voice.REPRESENTATIVE).subject());
    }

    @Test
    void aWalkInWithoutAnAddressIsToldNothingByEmail() {
        Application app = represented(NoticeRecipients.PRINCIPAL);
        app.filer = Filer.SELF;
        app.channel = Channel.SERVICE_CENTRE;
        app.filerEmail = null;
        app.email = null;
        assertEquals(Map.of(), Notices.recipients(app));
        assertTrue(!new Notices().reachesAnyone(app));
        app.email = "walk-in@example.kz";
        assertEquals(Map.of("walk-in@example.kz", Voice.SELF), Notices.recipients(app));
    }

    private static String name() {
        return "ANNA MARIA O'BRIEN-SMITH";
    }

    private static Application represented(NoticeRecipients recipients) {
        Application app = new Application();
        app.language = "en";
        app.reference = "KZ-TEST";
        app.service = Service.FORMATION;
        app.channel = Channel.ONLINE;
        app.filer = Filer.REPRESENTATIVE;
        app.noticeRecipients = recipients;
        app.familyName = "O'BRIEN-SMITH";
        app.givenNames = "ANNA MARIA";
        app.email = "Anna@example.ie";
        app.filerEmail = "agent@example.kz";
        return app;
    }

    private static String text(String language, String key) {
        return BundleText.get(language, key);
    }
}
