package kz.iinportal.application;

import static kz.iinportal.web.FormValues.orEmpty;

import java.util.Map;

import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.EmailAddresses;
import kz.iinportal.web.FormErrors;

/**
 * The stay in Kazakhstan as typed: address, region (the territorial body that will handle the case), e-mail (checked
 * by {@link EmailAddresses}) and phone (stored in international form without spaces, brackets or hyphens). The e-mail
 * address may be left out where the application does not require it ({@link Application#emailRequired()}).
 */
record StayForm(String address, TerritorialBody region, String email, String phone, Map<String, String> answers) {

    /** The answers as stored, for the step's page. */
    static StayForm of(Application app) {
        return new StayForm(app.address, app.region, app.email, app.phone, answers(orEmpty(app.address),
                app.region == null ? "" : app.region.code, orEmpty(app.email), orEmpty(app.phone)));
    }

    static StayForm read(String address, String region, String email, String phone, boolean emailRequired,
            EmailAddresses emails, FormErrors errors) {
        String addr = ApplicantData.text(address, "address", 300, true, errors);
        TerritorialBody body = ApplicantData.trim(region) == null ? null : TerritorialBody.findById(region.strip());
        if (body == null) {
            errors.add("region", "apply.error.region.required");
        }
        String mail = ApplicantData.trim(email);
        if (mail == null && emailRequired) {
            errors.add("email", "apply.error.email.required");
        } else if (mail != null && !emails.valid(mail)) {
            errors.add("email", "apply.error.email.format");
        }
        String tel = ApplicantData.trim(phone) == null ? null : phone.replaceAll("[\\s()\\-]", "");
        if (tel == null) {
            errors.add("phone", "apply.error.phone.required");
        } else if (!ApplicantData.PHONE.matcher(tel).matches()) {
            errors.add("phone", "apply.error.phone.format");
        }
        return new StayForm(addr, body, mail, tel,
                answers(orEmpty(address), orEmpty(region), orEmpty(email), orEmpty(phone)));
    }

    void applyTo(Application draft) {
        draft.address = address;
        draft.region = region;
        draft.email = email;
        draft.phone = phone;
    }

    private static Map<String, String> answers(String address, String region, String email, String phone) {
        return Map.of("address", address, "region", region, "email", email, "phone", phone);
    }
}
