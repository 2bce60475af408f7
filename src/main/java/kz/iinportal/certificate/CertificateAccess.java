package kz.iinportal.certificate;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationAccess;
import kz.iinportal.staff.CurrentStaff;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Role;

/**
 * Who may download a certificate: whoever may open its case. The filer (applicant, representative, front office of
 * the centre) by the rules of "My applications", an operator of the case's territorial body, any supervisor.
 */
@RequestScoped
@Named
public class CertificateAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentStaff currentStaff;

    /** The certificate when the signed-in person may see it; empty otherwise, whether it exists or not. */
    public Optional<Certificate> find(String number) {
        String normalized = CertificateNumber.normalize(number);
        return normalized == null ? Optional.empty() : Certificate.findByNumber(normalized).filter(this::maySee);
    }

    /** The certificate issued for a case the page already shows to this person (null when there is none). */
    public Certificate of(Application app) {
        return app == null || app.id == null ? null : Certificate.ofApplication(app).orElse(null);
    }

    private boolean maySee(Certificate certificate) {
        Application app = certificate.application;
        if (currentUser.has(Role.SUPERVISOR_NAME)) {
            return true;
        }
        if (currentUser.has(Role.OPERATOR_NAME) && app.isCaseOf(currentStaff.body())) {
            return true;
        }
        return (currentUser.has(Role.APPLICANT_NAME) || currentUser.has(Role.REPRESENTATIVE_NAME)
                || currentUser.has(Role.FRONTOFFICE_NAME)) && applications.find(app.id).isPresent();
    }
}
