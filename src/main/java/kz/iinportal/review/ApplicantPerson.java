package kz.iinportal.review;

import kz.iinportal.application.Application;
import kz.iinportal.iin.PersonData;

/** The person as the application declares them, in the register's terms. */
final class ApplicantPerson {

    private ApplicantPerson() {
    }

    static PersonData of(Application app) {
        return new PersonData(app.familyName, app.givenNames, app.familyNameCyrillic, app.givenNamesCyrillic,
                app.birthDate, app.sex, Boolean.TRUE.equals(app.stateless) ? null : app.citizenship,
                new PersonData.Document(app.documentType, app.documentNumber, app.documentCountry,
                        app.documentIssueDate, app.documentExpiryDate));
    }
}
