package kz.iinportal.complaint;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.iinportal.application.Application;

/**
 * What the filer's case page shows about complaints (templates/tags/complaints.html): the complaints on the case,
 * newest first, with their state, and whether and until when a new one may be filed. The page has already decided
 * that the person may see the case.
 */
@RequestScoped
@Named("caseComplaints")
public class CaseComplaints {

    @Inject
    Complaints complaints;

    public record View(List<Complaint> complaints, boolean mayFile, LocalDate filingEnds) {
    }

    /** The files of a complaint on the case, without their contents' bytes read. */
    public List<ComplaintDocument> files(Complaint complaint) {
        return ComplaintDocument.ofComplaint(complaint.id);
    }

    public View of(Application app) {
        if (app == null || app.id == null || app.reference == null) {
            return new View(List.of(), false, null);
        }
        return new View(Complaint.of(app), complaints.refusalToFile(app) == null, complaints.filingEnds(app));
    }
}
