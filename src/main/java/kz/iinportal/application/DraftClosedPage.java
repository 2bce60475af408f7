package kz.iinportal.application;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.renarde.router.Router;
import io.quarkiverse.renarde.util.Flash;
import io.quarkiverse.renarde.util.I18N;

/**
 * A step sent for an application that was submitted meanwhile (a second click, Back and resend, another tab):
 * nothing changed; the filer sees the application's page as it now is. For the steps of {@link Apply} and
 * {@link ApplyPerson}; {@link ApplyCheck} has its own, which shows the confirmation after a second "Submit".
 */
public class DraftClosedPage {

    @Inject
    ApplicationAccess access;

    @Inject
    Flash flash;

    @Inject
    I18N i18n;

    @ServerExceptionMapper
    public Response draftClosed(DraftClosed closed) {
        Application app = access.find(closed.applicationId()).orElseThrow(NotFoundException::new);
        flash.flash("message", i18n.getMessage("apply.error.draftClosed"));
        return Response.seeOther(Router.getURI(Applications::detail, app.id)).build();
    }
}
