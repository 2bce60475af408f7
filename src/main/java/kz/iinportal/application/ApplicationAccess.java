package kz.iinportal.application;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import kz.iinportal.staff.CurrentStaff;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.Role;

/**
 * Which applications the signed-in filer may see: applicants and representatives the ones they filed, front-office
 * staff those of their own service centre. Anything else is "not found", so references are never confirmed.
 */
@RequestScoped
public class ApplicationAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentStaff currentStaff;

    public Optional<Application> find(long id) {
        Optional<ServiceCentre> centre = centre();
        if (centre.isPresent()) {
            return Application.<Application>findByIdOptional(id)
                    .filter(a -> a.serviceCentre != null && a.serviceCentre.code.equals(centre.get().code));
        }
        if (currentUser.has(Role.FRONTOFFICE_NAME)) {
            return Optional.empty();
        }
        return Application.findOwned(id, currentUser.getLogin());
    }

    /**
     * A draft this filer may work on; 404 for anything they may not see, so other people's references are not
     * confirmed. Their own application that is no longer a draft throws {@link DraftClosed}: the journey's
     * controllers then show it as it now is.
     */
    public Application draft(long id) {
        Application app = find(id).orElseThrow(NotFoundException::new);
        if (app.status != ApplicationStatus.DRAFT) {
            throw new DraftClosed(id);
        }
        return app;
    }

    /** Sent applications on one page of "My applications". */
    public static final int PAGE_SIZE = 20;

    /**
     * The drafts and one page (from 1, as the list numbers them; beyond the last, the last) of the sent applications
     * this filer may see, with how many were sent: one statement ({@link Application#listed}).
     */
    public ListedApplication.Page listed(int page) {
        return filed().map(f -> Application.listed(f, page, PAGE_SIZE)).orElse(ListedApplication.Page.empty());
    }

    /** The sent application with this canonical reference, if this filer may see it; empty for anyone else's. */
    public Optional<Application> sentWithReference(String reference) {
        return filed().flatMap(f -> Application.sentWithReference(f, reference));
    }

    /** A front-office employee without a centre sees no applications; everyone else their own. */
    private Optional<Application.Filed> filed() {
        Optional<ServiceCentre> centre = centre();
        if (centre.isPresent()) {
            return Optional.of(Application.Filed.at(centre.get()));
        }
        return currentUser.has(Role.FRONTOFFICE_NAME) ? Optional.empty()
                : Optional.of(Application.Filed.by(currentUser.getLogin()));
    }

    /** The centre of a front-office employee (staff table); empty for everyone else. */
    public Optional<ServiceCentre> centre() {
        if (!currentUser.has(Role.FRONTOFFICE_NAME)) {
            return Optional.empty();
        }
        return currentStaff.centre();
    }

    public Channel channel() {
        return currentUser.has(Role.FRONTOFFICE_NAME) ? Channel.SERVICE_CENTRE : Channel.ONLINE;
    }

    /**
     * Who files when the person does not choose: a {@code representative} account (staff create those) always for
     * others, front-office staff and applicants for the applicant before them.
     */
    public Filer filer() {
        return currentUser.has(Role.REPRESENTATIVE_NAME) ? Filer.REPRESENTATIVE : Filer.SELF;
    }

    /** Who acts, as the case's events record them: the signed-in filer's login (with {@link #roleName}). */
    public String login() {
        return currentUser.getLogin();
    }

    /**
     * Whether the start page asks who files: an applicant online (whoever signs up is one) may apply for themselves
     * or as someone's legal representative; the operator checks the authority document, as for representatives.
     */
    public boolean choosesFiler() {
        return channel() == Channel.ONLINE && !currentUser.has(Role.REPRESENTATIVE_NAME);
    }

    public String roleName() {
        return currentUser.role().map(Role::roleName).orElse("unknown");
    }
}
