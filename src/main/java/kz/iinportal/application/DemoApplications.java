package kz.iinportal.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import kz.iinportal.calendar.WorkingCalendar;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.IdentityDocument;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Person;
import kz.iinportal.iin.Sex;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Countries;
import kz.iinportal.web.DemoSeeding;
import kz.iinportal.web.Kazakhstan;

/**
 * Demo cases for dev mode, so that the operators of Astana and Almaty find a queue to work on: twelve submitted
 * applications, some already overdue, filed the ways the portal allows (the demo applicants for themselves, the
 * representative for principals, a minor among them, walk-ins keyed in at the Astana service centre), three of them
 * corrections of IINs the demo register holds. Each was started shortly before it was sent, in the centre's opening hours for walk-ins,
 * and its timeline says so. Runs once, when there are no applications, after {@code iin.DemoRegister}.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoApplications {

    private static final Logger LOG = Logger.getLogger(DemoApplications.class);
    private static final String CENTRE = "ASTANA-PSC-1";

    /** Who filed, for whom, and where they live (the region decides the police body). */
    private record Demo(String filer, String family, String given, LocalDate born, Sex sex, String country,
            String placeOfBirth, String region, String language) {
    }

    private static final List<Demo> FORMATIONS = List.of(
            new Demo("applicant", "SMITH", "JOHN", LocalDate.of(1986, 4, 12), Sex.MALE, "GB", "Leeds", "ASTANA",
                    "en"),
            new Demo("applicant2", "LI", "WEI", LocalDate.of(1993, 9, 3), Sex.MALE, "CN", "Chengdu", "ALMATY_CITY",
                    "ru"),
            new Demo("representative", "ZHOU", "MEI LIN", LocalDate.of(2011, 2, 17), Sex.FEMALE, "CN", "Urumqi",
                    "ALMATY_CITY", "ru"),
            new Demo("representative", "YILMAZ", "AYSE", LocalDate.of(1979, 11, 30), Sex.FEMALE, "TR", "Izmir",
                    "ASTANA", "ru"),
            new Demo("representative", "KIM", "JI-WOO", LocalDate.of(1990, 6, 21), Sex.MALE, "KR", "Busan",
                    "ALMATY_CITY", "ru"),
            new Demo("frontoffice", "MUELLER", "ANNA MARIA", LocalDate.of(1972, 1, 8), Sex.FEMALE, "DE", "Hamburg",
                    "ASTANA", "kk"),
            new Demo("frontoffice", "KARIMOV", "RUSTAM", LocalDate.of(1988, 3, 14), Sex.MALE, "UZ", "Samarkand",
                    "ASTANA", "ru"),
            new Demo("frontoffice", "NOVAK", "PETR", LocalDate.of(1965, 7, 2), Sex.MALE, "CZ", "Brno", "ASTANA",
                    "ru"),
            new Demo("frontoffice", "HASSAN", "OMAR", LocalDate.of(1983, 10, 25), Sex.MALE, "EG", "Alexandria",
                    "ASTANA", "en"));

    /** The filers of the corrections, one each, of register persons with an ACTIVE IIN. */
    private static final List<String> CORRECTION_FILERS = List.of("frontoffice", "representative", "frontoffice");

    @Inject
    WorkingCalendar calendar;

    /** After the demo register (default observer priority), whose IINs the corrections name. */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        DemoSeeding.waitForOtherRunners();
        if (Application.count() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Application> cases = new ArrayList<>();
        for (int i = 0; i < FORMATIONS.size(); i++) {
            cases.add(formation(FORMATIONS.get(i), i));
        }
        List<IinRecord> active = IinRecord.<IinRecord>find("status = ?1 order by iin", IinStatus.ACTIVE).page(0, 3)
                .list();
        for (int i = 0; i < active.size(); i++) {
            cases.add(correction(active.get(i), CORRECTION_FILERS.get(i)));
        }
        for (int i = 0; i < cases.size(); i++) {
            send(cases.get(i), i, now);
        }
        LOG.infof("Demo applications created: %d submitted cases in Astana and Almaty", cases.size());
    }

    private Application formation(Demo demo, int i) {
        Application app = filedBy(demo.filer(), Service.FORMATION, demo.language());
        app.familyName = demo.family();
        app.givenNames = demo.given();
        app.birthDate = demo.born();
        app.sex = demo.sex();
        app.citizenship = demo.country();
        app.stateless = false;
        app.placeOfBirth = demo.placeOfBirth();
        app.documentType = DocumentType.PASSPORT;
        app.documentNumber = demo.country() + (4_000_000 + i * 734_519 % 5_000_000);
        app.documentCountry = demo.country();
        app.documentIssueDate = LocalDate.of(2019, 3, 1).plusDays(i * 131L);
        // A child's passport is valid five years, an adult's ten.
        boolean minor = demo.born().plusYears(18).isAfter(Kazakhstan.today());
        app.documentExpiryDate = app.documentIssueDate.plusYears(minor ? 5 : 10).minusDays(1);
        app.region = TerritorialBody.findById(demo.region());
        app.address = demo.region().equals("ASTANA") ? "Kabanbay Batyr Ave " + (10 + demo.born().getDayOfMonth())
                : "Abay Ave " + (20 + demo.born().getDayOfMonth()) + ", Almaty";
        app.email = demo.given().toLowerCase().replaceAll("[^a-z]", "") + "." + demo.family().toLowerCase()
                + "@example.com";
        app.phone = "+7701" + (1_000_000 + i * 270_371 % 9_000_000);
        if (minor) {
            app.authorityKind = AuthorityKind.REPRESENTATIVE_OF_MINOR;
        }
        return app;
    }

    /**
     * A correction of a register person's birth date as registered (day and month swapped, the usual mistake), with
     * the person's own identity document, so that the IIN to correct is theirs.
     */
    private Application correction(IinRecord record, String filer) {
        Person person = record.person;
        IdentityDocument document = person.currentDocument();
        Application app = filedBy(filer, Service.CORRECTION, "ru");
        app.currentIin = record.iin;
        app.correctionReason = CorrectionReason.BIRTH_DATE;
        app.familyName = person.familyName;
        app.givenNames = person.givenNames;
        LocalDate registered = person.birthDate;
        app.birthDate = registered.getDayOfMonth() <= 12 && registered.getDayOfMonth() != registered.getMonthValue()
                ? LocalDate.of(registered.getYear(), registered.getDayOfMonth(), registered.getMonthValue())
                : registered.plusDays(1);
        app.sex = person.sex;
        app.citizenship = person.citizenship;
        app.stateless = person.stateless;
        app.placeOfBirth = person.stateless ? "—" : Countries.name(person.citizenship, "en");
        app.documentType = document.type;
        app.documentNumber = document.number;
        app.documentCountry = document.issuingCountry;
        app.documentIssueDate = document.issueDate;
        app.documentExpiryDate = document.expiryDate;
        app.region = TerritorialBody.findById(filer.equals("frontoffice") ? "ASTANA" : "ALMATY_CITY");
        app.address = filer.equals("frontoffice") ? "Mangilik El Ave 8, Astana" : "Dostyk Ave 44, Almaty";
        app.email = "correction." + record.iin + "@example.com";
        app.phone = "+7702" + record.iin.substring(5);
        return app;
    }

    private Application filedBy(String filer, Service service, String language) {
        Application app = new Application();
        app.service = service;
        app.createdBy = filer;
        app.language = language;
        app.channel = filer.equals("frontoffice") ? Channel.SERVICE_CENTRE : Channel.ONLINE;
        app.filer = filer.equals("representative") ? Filer.REPRESENTATIVE : Filer.SELF;
        if (app.channel == Channel.SERVICE_CENTRE) {
            app.serviceCentre = ServiceCentre.findById(CENTRE);
        }
        if (app.filer == Filer.REPRESENTATIVE) {
            app.authorityKind = AuthorityKind.POWER_OF_ATTORNEY;
            app.noticeRecipients = NoticeRecipients.BOTH;
            app.filerEmail = "anna.petrova@example.com";
        }
        return app;
    }

    /**
     * When the i-th case was sent: in the past, 0 to 5 days ago (so some are overdue), in the centre's hours
     * (09:20–17:20 in Kazakhstan; walk-ins are keyed in there, and online filers keep office hours too).
     */
    static OffsetDateTime sentAt(int i, OffsetDateTime now) {
        LocalDate day = Kazakhstan.dateOf(now).minusDays(i % 5);
        LocalTime time = LocalTime.of(9, 20).plusMinutes((i * 47L) % 480);
        OffsetDateTime sent = day.atTime(time).atZone(Kazakhstan.ZONE).toOffsetDateTime();
        return sent.isBefore(now) ? sent : sent.minusDays(1);
    }

    /** Started 10 to 45 minutes before it was sent: filling in takes that long. */
    static OffsetDateTime startedAt(int i, OffsetDateTime sent) {
        return sent.minusMinutes(10 + (i * 13L) % 36);
    }

    /** Started and sent in the past, in that order, and the timeline says so. */
    private void send(Application app, int i, OffsetDateTime now) {
        OffsetDateTime sent = sentAt(i, now);
        OffsetDateTime started = startedAt(i, sent);
        LocalDate day = Kazakhstan.dateOf(sent);
        if (app.filer == Filer.REPRESENTATIVE) {
            // Notarised a few weeks before, valid for a year.
            app.authorityDate = day.minusDays(20 + i);
            app.authorityValidUntil = app.authorityDate.plusYears(1);
            app.authorityNumber = "NOT-" + app.authorityDate.getYear() + "-" + (1200 + i * 37);
        } else {
            app.authorityKind = null;
        }
        app.createdAt = started;
        app.updatedAt = started;
        app.declarationAccepted = true;
        app.consentAccepted = true;
        app.persist();
        String role = app.createdBy.startsWith("applicant") ? "applicant" : app.createdBy;
        app.recordAt(started, app.createdBy, role, EventKind.CREATED);
        app.reference = ReferenceNumber.next();
        app.submittedAt = sent;
        app.dueAt = calendar.deadlineFor(sent).endsAt();
        app.moveToAt(sent, ApplicationStatus.SUBMITTED, app.createdBy, role, EventKind.SUBMITTED, null);
    }
}
