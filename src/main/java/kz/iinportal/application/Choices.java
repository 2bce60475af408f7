package kz.iinportal.application;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkiverse.renarde.util.I18N;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Countries;
import kz.iinportal.web.Labelled;

/** The options of the application forms (value → label in the chosen language), for the radios and selects. */
@RequestScoped
@Named("choices")
public class Choices {

    @Inject
    I18N i18n;

    /** The services on offer (those the rules in force allow for this channel and filer). */
    public Map<String, String> services(List<Service> offered) {
        return labels(offered.toArray(Service[]::new));
    }

    /** For myself, or for someone I legally represent: the applicant's choice on the start page. */
    public Map<String, String> filers() {
        return labels(Filer.values());
    }

    /** Every service, for filters. */
    public Map<String, String> allServices() {
        return labels(Service.values());
    }

    /** The statuses an operator can filter their body's cases by: every status but the filer's own drafts. */
    public Map<String, String> queueStatuses() {
        return labels(Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DRAFT).toArray(ApplicationStatus[]::new));
    }

    public Map<String, String> correctionReasons() {
        return labels(CorrectionReason.values());
    }

    public Map<String, String> documentKinds() {
        return labels(DocumentKind.values());
    }

    public Map<String, String> authorityKinds() {
        return labels(AuthorityKind.values());
    }

    public Map<String, String> noticeRecipients() {
        return labels(NoticeRecipients.values());
    }

    /** The grounds as "Ground 3 — wording", so that the number officials cite is on the page. */
    public Map<String, String> refusalGrounds() {
        Map<String, String> map = new LinkedHashMap<>();
        for (RefusalGround ground : RefusalGround.values()) {
            map.put(ground.name(), ground(ground));
        }
        return map;
    }

    public String ground(RefusalGround ground) {
        return ground == null ? ""
                : i18n.formatMessage("refusalGround.numbered", ground.number,
                        i18n.getMessage(ground.labelKey()));
    }

    public Map<String, String> sexes() {
        return labels(Sex.values());
    }

    public Map<String, String> documentTypes() {
        return labels(DocumentType.values());
    }

    /** ISO countries in the chosen language, plus "stateless" first for citizenship. */
    public Map<String, String> citizenships() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("STATELESS", i18n.getMessage("apply.person.stateless"));
        map.putAll(countries());
        return map;
    }

    public Map<String, String> countries() {
        Map<String, String> map = new LinkedHashMap<>();
        Countries.all(i18n.getLanguage()).forEach(c -> map.put(c.code(), c.name()));
        return map;
    }

    /** A country's name in the page's language, for an ISO code stored with an application or a register person. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Countries.isCode(code) ? Countries.name(code, i18n.getLanguage()) : code;
    }

    public Map<String, String> regions() {
        Map<String, String> map = new LinkedHashMap<>();
        TerritorialBody.listOrdered().forEach(b -> map.put(b.code, b.regionName.in(i18n.getLanguage())));
        return map;
    }

    /**
     * A label by key prefix, for the one page that still names prefixes ({@code CaseReview/index.html}, being edited
     * elsewhere) and for {@code review.SamePerson.Reason}; every other page uses {@code {value.label}} ({@link
     * kz.iinportal.web.Labelled}). Goes when those two move.
     */
    public String label(String prefix, Object value) {
        return value == null ? "" : i18n.getMessage(prefix + value);
    }

    private Map<String, String> labels(Labelled[] values) {
        return labels(i18n, values);
    }

    /** Constant name → label in the chosen language, in the given order: the options of a radio group or select. */
    public static Map<String, String> labels(I18N i18n, Labelled[] values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Labelled value : values) {
            map.put(value.name(), i18n.getMessage(value.labelKey()));
        }
        return map;
    }
}
