package kz.iinportal.staff;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.LanguageChoice;

/**
 * A deactivated staff member cannot act, even with a session that is still valid: their account is disabled in the
 * identity provider and its sessions ended, but a token issued before stays good until it expires. So every request
 * of someone in a staff role is checked against the staff table (the one read of the staff row a request makes, {@link CurrentStaff}), and a deactivated person
 * gets the 403 page saying why. A staff role with no staff row at all (the first supervisor, made in the identity
 * provider only) is not refused here: it just has no workplace.
 */
public class ActiveStaffOnly {

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    CurrentStaff currentStaff;

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance deactivated();
    }

    /** Refused before any resource runs; thrown so the same page answers whatever was asked. */
    public static class Deactivated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Deactivated() {
            super(null, null, false, false);
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void refuseDeactivated() {
        // Non-blocking routes (none of them staff pages) cannot read the database; the pages that can be used are all
        // blocking ones.
        if (!currentUser.isSignedIn() || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        boolean staffRole = false;
        for (StaffRole role : StaffRole.values()) {
            staffRole |= currentUser.has(role.role().roleName());
        }
        if (!staffRole) {
            return;
        }
        // The request's own staff row: the page that follows reads its workplace from it, not again.
        Staff staff = currentStaff.row().orElse(null);
        if (staff != null && !staff.active) {
            throw new Deactivated();
        }
    }

    @ServerExceptionMapper
    public Response deactivated(Deactivated e, HttpServerRequest request) {
        languageChoice.applyTo(request);
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.deactivated()).build();
    }
}
