package kz.iinportal.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkiverse.renarde.Controller;
import kz.iinportal.application.CaseEvents;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.signing.Signer;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.PortalConfig;
import kz.iinportal.web.Role;

/** Downloading a certificate's PDF, for those who may open its case; for anyone else it does not exist (404). */
@Path("/certificates")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed({ Role.APPLICANT_NAME, Role.REPRESENTATIVE_NAME, Role.FRONTOFFICE_NAME, Role.OPERATOR_NAME,
        Role.SUPERVISOR_NAME })
public class Certificates extends Controller {

    @Inject
    CertificateAccess access;

    @Inject
    PortalConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    CaseEvents events;

    @Inject
    Signer signer;

    @Inject
    CertificateTokens tokens;

    @GET
    @Path("{number}/pdf")
    public Response pdf(@RestPath String number) {
        Certificate certificate = access.find(number).orElseThrow(NotFoundException::new);
        byte[] pdf = CertificatePdf.signed(CertificateContent.of(certificate, config.publicUrl(), tokens::sign),
                signer);
        events.record(certificate.application.id, currentUser.getLogin(),
                currentUser.role().map(Role::roleName).orElse("none"), EventKind.CERTIFICATE_DOWNLOADED,
                EventDetail.certificate(certificate.number));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + certificate.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
