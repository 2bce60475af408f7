package kz.iinportal.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.calendar.WorkingCalendar;
import kz.iinportal.staff.TerritorialBody;

/**
 * Demo cases for dev mode, so that the operators of Astana and Almaty find a queue to work on: submitted applications
 * of the demo applicants, some of them already overdue. Runs once, when there are no applications.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoApplications {

    private static final Logger LOG = Logger.getLogger(DemoApplications.class);
    private static final List<String> FAMILY = List.of("SMITH", "LI", "GARCIA", "NOVAK", "TANAKA", "MUELLER");

    @Inject
    WorkingCalendar calendar;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Application.count() > 0) {
            return;
        }
        for (int i = 0; i < 12; i++) {
            Application app = new Application();
            app.service = i % 4 == 3 ? Service.CORRECTION : Service.FORMATION;
            app.channel = Channel.ONLINE;
            app.filer = Filer.SELF;
            app.createdBy = i % 2 == 0 ? "applicant" : "applicant2";
            app.language = "en";
            app.familyName = FAMILY.get(i % FAMILY.size());
            app.givenNames = "DEMO " + (char) ('A' + i);
            app.birthDate = LocalDate.of(1980 + i, 1 + i % 12, 1 + i);
            app.sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            app.citizenship = "DE";
            app.stateless = false;
            app.placeOfBirth = "Berlin";
            app.documentType = DocumentType.PASSPORT;
            app.documentNumber = "C0DEMO" + i;
            app.documentCountry = "DE";
            app.documentIssueDate = LocalDate.of(2022, 1, 1);
            app.documentExpiryDate = LocalDate.of(2032, 1, 1);
            app.address = "Demo street " + i;
            app.region = TerritorialBody.findById(i % 3 == 2 ? "ALMATY_CITY" : "ASTANA");
            app.email = "demo" + i + "@example.com";
            app.phone = "+77010000" + (100 + i);
            app.declarationAccepted = true;
            app.consentAccepted = true;
            app.persist();
            app.record(app.createdBy, "applicant", EventKind.CREATED);
            app.reference = ReferenceNumber.next();
            app.submittedAt = OffsetDateTime.now().minusDays(i % 5);
            app.dueAt = calendar.deadlineFor(app.submittedAt).endsAt();
            app.moveTo(ApplicationStatus.SUBMITTED, app.createdBy, "applicant", EventKind.SUBMITTED);
        }
        LOG.info("Demo applications created: 12 submitted cases in Astana and Almaty");
    }
}
