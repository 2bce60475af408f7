package kz.iinportal.supervisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkiverse.renarde.Controller;
import io.quarkiverse.renarde.router.Router;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kz.iinportal.application.Application;
import kz.iinportal.audit.AdminEvent;
import kz.iinportal.audit.AdminEventKind;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.StaffAccountException;
import kz.iinportal.staff.StaffAccounts;
import kz.iinportal.staff.StaffRole;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.CurrentUser;
import kz.iinportal.web.EmailAddresses;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;
import kz.iinportal.web.PageContext;
import kz.iinportal.web.Pagination;
import kz.iinportal.web.Role;

/**
 * The supervisors' staff management: the list (by territorial body and role), adding a staff member with their
 * identity-provider account, moving them to another body or centre, deactivating and reactivating them. Supervisors
 * oversee all bodies, so each manages the staff of every body (docs/decisions.md). The changes are
 * {@link StaffChanges}'.
 */
@Path("/supervisor/staff")
@Transactional(Transactional.TxType.NOT_SUPPORTED)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class StaffManagement extends Controller {

    static final int PAGE = 25;

    @Inject
    StaffChanges changes;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    @Inject
    EmailAddresses addresses;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Staff> staff, StaffView view, String body, String role,
                Pagination pages, long total);

        static native TemplateInstance add(StaffView view, Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance added(Staff member, StaffAccounts.Created created);

        static native TemplateInstance member(Staff member, StaffView view, Map<String, String> form,
                Map<String, String> errors, List<AdminEvent> history);

        static native TemplateInstance deactivate(Staff member, long openCases, Map<String, String> errors);
    }

    @GET
    @Path("")
    public TemplateInstance index(@RestQuery String body, @RestQuery String role,
            @RestQuery("page") String pageNumber) {
        // Unknown codes (a stale bookmark, a typo) filter nothing rather than answer an error page.
        TerritorialBody chosenBody = code(body) == null ? null : TerritorialBody.findById(code(body));
        StaffRole chosenRole = FormValues.named(StaffRole.class, FormValues.trim(role));
        String bodyCode = chosenBody == null ? "" : chosenBody.code;
        String roleName = chosenRole == null ? "" : chosenRole.name();
        PanacheQuery<Staff> query = Staff.filtered(chosenBody, chosenRole);
        long total = query.count();
        int current = Pagination.clamp(Pagination.parse(pageNumber), Pagination.lastPage(total, PAGE));
        Pagination pages = Pagination.of(current, total, PAGE,
                n -> Router.getURI(StaffManagement::index, bodyCode, roleName, String.valueOf(n)));
        List<Staff> staff = query.page(current - 1, PAGE).list();
        return Templates.index(staff, view(), bodyCode, roleName, pages, total);
    }

    @GET
    @Path("new")
    public TemplateInstance addForm() {
        return Templates.add(view(), StaffForm.of().answers(), Map.of());
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("new")
    public Object add(@RestForm String login, @RestForm String fullName, @RestForm String email,
            @RestForm String role, @RestForm String body, @RestForm String centre) {
        FormErrors errors = new FormErrors(i18n);
        StaffForm form = StaffForm.read(login, fullName, email, role, body, centre, addresses, errors);
        if (!errors.any()) {
            StaffChanges.Added added = changes.add(form, currentUser.getLogin());
            if (added.loginTaken()) {
                errors.add("login", "staff.error.login.taken");
            } else if (added.refused() != null) {
                errors.add(added.refused() == StaffAccountException.Reason.ALREADY_EXISTS ? "login" : "account",
                        added.refused().messageKey());
            } else {
                flash("created", added.created().name());
                return Response.seeOther(Router.getURI(StaffManagement::added, form.login())).build();
            }
        }
        return Templates.add(view(), form.answers(), errors.map());
    }

    /** The confirmation after adding; what the e-mail did comes from the add (a reload says it no more). */
    @GET
    @Path("{login}/added")
    public TemplateInstance added(@RestPath String login) {
        Staff member = existing(login);
        Object created = flash.get("created");
        return Templates.added(member,
                created == null ? null : FormValues.named(StaffAccounts.Created.class, created.toString()));
    }

    @GET
    @Path("{login}")
    public TemplateInstance member(@RestPath String login) {
        Staff member = existing(login);
        return memberPage(member, workplaceAnswers(member), Map.of());
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{login}/workplace")
    public Object changeWorkplace(@RestPath String login, @RestForm String body, @RestForm String centre) {
        Staff member = existing(login);
        if (member.role == StaffRole.SUPERVISOR) {
            throw new NotFoundException(); // supervisors work for no body: there is no such form
        }
        FormErrors errors = new FormErrors(i18n);
        StaffForm.Workplace workplace = StaffForm.Workplace.read(member.role, body, centre, errors);
        if (errors.any()) {
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("body", FormValues.orEmpty(body));
            answers.put("centre", FormValues.orEmpty(centre));
            return memberPage(member, answers, errors.map());
        }
        if (!changes.changeWorkplace(member.login, workplace, currentUser.getLogin())) {
            throw new NotFoundException();
        }
        flash("message", i18n.getMessage("staff.workplace.changed"));
        return Response.seeOther(Router.getURI(StaffManagement::member, member.login)).build();
    }

    /** What deactivating means, before it is done. */
    @GET
    @Path("{login}/deactivate")
    public TemplateInstance deactivateForm(@RestPath String login) {
        Staff member = existing(login);
        return Templates.deactivate(member, Application.openAssignedTo(member.login).size(), Map.of());
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{login}/deactivate")
    public Object deactivate(@RestPath String login) {
        Staff member = existing(login);
        FormErrors errors = new FormErrors(i18n);
        if (member.login.equals(currentUser.getLogin())) {
            errors.add("account", "staff.error.deactivateSelf");
        } else if (member.active) {
            try {
                int unassigned = changes.deactivate(member.login, currentUser.getLogin());
                flash("message", i18n.formatMessage("staff.deactivated", member.fullName, unassigned));
            } catch (StaffAccountException e) {
                errors.add("account", e.reason().messageKey());
            }
        }
        if (errors.any()) {
            return Templates.deactivate(member, Application.openAssignedTo(member.login).size(), errors.map());
        }
        return Response.seeOther(Router.getURI(StaffManagement::member, member.login)).build();
    }

    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Path("{login}/reactivate")
    public Object reactivate(@RestPath String login) {
        Staff member = existing(login);
        if (!member.active) {
            try {
                changes.reactivate(member.login, currentUser.getLogin());
                flash("message", i18n.formatMessage("staff.reactivated", member.fullName));
            } catch (StaffAccountException e) {
                FormErrors errors = new FormErrors(i18n);
                errors.add("account", e.reason().messageKey());
                return memberPage(member, workplaceAnswers(member), errors.map());
            }
        }
        return Response.seeOther(Router.getURI(StaffManagement::member, member.login)).build();
    }

    private TemplateInstance memberPage(Staff member, Map<String, String> form, Map<String, String> errors) {
        List<AdminEvent> history = AdminEvent.about(List.of(AdminEventKind.STAFF_ADDED,
                AdminEventKind.STAFF_WORKPLACE_CHANGED, AdminEventKind.STAFF_DEACTIVATED,
                AdminEventKind.STAFF_REACTIVATED), member.login);
        return Templates.member(member, view(), form, errors, history);
    }

    private static Map<String, String> workplaceAnswers(Staff member) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("body", member.territorialBody == null ? "" : member.territorialBody.code);
        answers.put("centre", member.serviceCentre == null ? "" : member.serviceCentre.code);
        return answers;
    }

    private StaffView view() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (TerritorialBody b : TerritorialBody.listOrdered()) {
            bodies.put(b.code, b.name.in(page.getLang()));
        }
        Map<String, String> centres = new LinkedHashMap<>();
        for (ServiceCentre c : ServiceCentre.<ServiceCentre>listAll(Sort.by("code"))) {
            centres.put(c.code, c.name.in(page.getLang()));
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (StaffRole r : StaffRole.values()) {
            roles.put(r.name(), i18n.getMessage(r.labelKey()));
        }
        return new StaffView(bodies, centres, roles);
    }

    private static Staff existing(String login) {
        Staff member = login == null || login.length() > 100 ? null : Staff.findById(login);
        if (member == null) {
            throw new NotFoundException();
        }
        return member;
    }

    private static String code(String value) {
        String code = FormValues.trim(value);
        return code == null || code.length() > 40 ? null : code;
    }

    /** The choices of the staff forms, labelled in the page's language. */
    public record StaffView(Map<String, String> bodies, Map<String, String> centres, Map<String, String> roles) {
    }
}
