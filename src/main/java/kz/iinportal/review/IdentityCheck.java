package kz.iinportal.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kz.iinportal.application.Application;
import kz.iinportal.application.Service;
import kz.iinportal.iin.IdentityDocument;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Person;
import kz.iinportal.review.PersonVerdict.Verdict;
import kz.iinportal.web.Labelled;

/**
 * The register's promise applied to one case: one person, one IIN, and nobody else's IIN touched. Given the case's
 * {@link SamePerson.Findings} and the operator's {@link PersonVerdict verdicts}, it says what the decision may do:
 * which ACTIVE IINs block a formation, whether the IIN named for correction is the applicant's, and which IINs ground
 * 3 may name. {@link Decisions} enforces it, the review page explains it.
 */
public record IdentityCheck(Application app, SamePerson.Findings findings, Map<Long, PersonVerdict> verdicts,
        Holder holder) {

    /** How the holder of the IIN named for correction relates to the applicant. */
    public enum HolderMatch implements Labelled {
        /** The holder has (or had) the applicant's identity document: the IIN is the applicant's. */
        SAME_DOCUMENT,
        /** A strong match the operator confirmed in this case, with a reason (e.g. a re-issued passport). */
        CONFIRMED,
        /** A strong match, not the same document: the operator must compare and confirm before accepting. */
        TO_CONFIRM,
        /** Someone else, as far as the register can tell: the correction cannot be accepted. */
        NOT_THE_APPLICANTS;

        @Override
        public String labelPrefix() {
            return "review.holder.match.";
        }
    }

    /** A fact of the applicant's that the register has differently. */
    public enum Field implements Labelled {
        FAMILY_NAME, GIVEN_NAMES, BIRTH_DATE, SEX, CITIZENSHIP, DOCUMENT;

        @Override
        public String labelPrefix() {
            return "review.holder.field.";
        }
    }

    public record Difference(Field field, String applicant, String register) {
    }

    /** The register person holding the IIN named for correction, and what differs from the application. */
    public record Holder(IinRecord record, HolderMatch match, List<Difference> differences) {

        public Person person() {
            return record.person;
        }

        public boolean toConfirm() {
            return match == HolderMatch.TO_CONFIRM;
        }

        public boolean mayBeCorrected() {
            return match == HolderMatch.SAME_DOCUMENT || match == HolderMatch.CONFIRMED;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** The check of {@code app}; reads the verdicts (call where the case's data may be read). */
    public static IdentityCheck of(Application app, SamePerson.Findings findings) {
        Map<Long, PersonVerdict> verdicts = app.id == null ? Map.of() : PersonVerdict.applying(app);
        return new IdentityCheck(app, findings, verdicts, holder(app, findings, verdicts));
    }

    /** The operator's verdict on a candidate that applies in this case, or null. */
    public PersonVerdict verdictOn(SamePerson.Candidate candidate) {
        return verdicts.get(candidate.personId());
    }

    /**
     * ACTIVE IINs of persons who may be the applicant, other than the one this case formed: the same identity
     * document, or a strong match not told apart by a NOT_SAME verdict. A formation is accepted only without any.
     */
    public List<SamePerson.Candidate> blockingFormation() {
        return findings.candidates().stream()
                .filter(c -> c.status() == IinStatus.ACTIVE && !c.thisCase())
                .filter(c -> c.sameDocument() || c.strong() && !told(c, Verdict.NOT_SAME))
                .toList();
    }

    /**
     * The IINs {@link kz.iinportal.application.RefusalGround#IIN_ALREADY_REGISTERED} may name, as choices "IIN —
     * name, birth date": ACTIVE IINs of the same identity document or of a strong match the operator confirmed.
     * A namesake's IIN is never among them, so a refusal cannot send a stranger's IIN to the applicant.
     */
    public Map<String, String> groundThreeChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (SamePerson.Candidate c : findings.candidates()) {
            if (c.status() == IinStatus.ACTIVE && !c.thisCase() && (c.sameDocument() || told(c, Verdict.SAME))) {
                choices.put(c.iin(), c.iin() + " — " + c.familyName() + " " + c.givenNames() + ", "
                        + c.birthDate().format(DATE));
            }
        }
        return choices;
    }

    /** Strong candidates the operator has not yet answered for, where an answer changes what may be decided. */
    public List<SamePerson.Candidate> toCompare() {
        return findings.candidates().stream()
                .filter(c -> c.status() == IinStatus.ACTIVE && !c.thisCase() && c.strong() && !c.sameDocument())
                .filter(c -> verdictOn(c) == null)
                .toList();
    }

    /** A correction may be accepted: it names the applicant's own IIN. Always true for a formation. */
    public boolean mayCorrect() {
        return app.service != Service.CORRECTION || holder != null && holder.mayBeCorrected();
    }

    /** Whether the operator may give a verdict on this register person in this case (a candidate or the holder). */
    public boolean mayJudge(long personId) {
        return findings.candidates().stream().anyMatch(c -> c.personId() == personId && !c.sameDocument())
                || holder != null && holder.person().id == personId && holder.match() != HolderMatch.SAME_DOCUMENT;
    }

    /** The person's IIN as the case shows it: the ACTIVE one first; null for someone the case does not show. */
    public String iinOf(long personId) {
        return findings.candidates().stream().filter(c -> c.personId() == personId).map(SamePerson.Candidate::iin)
                .findFirst()
                .orElse(holder != null && holder.person().id == personId ? holder.record().iin : null);
    }

    private boolean told(SamePerson.Candidate c, Verdict verdict) {
        PersonVerdict v = verdictOn(c);
        return v != null && v.verdict == verdict;
    }

    private static Holder holder(Application app, SamePerson.Findings findings, Map<Long, PersonVerdict> verdicts) {
        if (findings.namedIin() == null || !findings.namedIin().found()) {
            return null;
        }
        IinRecord record = findings.namedIin().record();
        Person person = record.person;
        List<Difference> differences = differences(app, person);
        PersonVerdict verdict = verdicts.get(person.id);
        HolderMatch match;
        if (holdsDocument(person, app)) {
            match = HolderMatch.SAME_DOCUMENT;
        } else if (verdict != null && verdict.verdict == Verdict.SAME && !verdict.fromAnotherCase(app)) {
            match = HolderMatch.CONFIRMED;
        } else if ((verdict == null || verdict.verdict != Verdict.NOT_SAME) && findings.candidates().stream()
                .anyMatch(c -> c.personId() == person.id && c.strong())) {
            match = HolderMatch.TO_CONFIRM;
        } else {
            match = HolderMatch.NOT_THE_APPLICANTS;
        }
        return new Holder(record, match, differences);
    }

    /** Any of the person's documents, old ones included, with the applicant's number and issuing country. */
    private static boolean holdsDocument(Person person, Application app) {
        String key = PersonVerdict.documentKey(app);
        return person.documents.stream()
                .anyMatch(d -> key.equals(PersonVerdict.documentKey(d.number, d.issuingCountry)));
    }

    private static List<Difference> differences(Application app, Person person) {
        List<Difference> out = new ArrayList<>();
        differ(out, Field.FAMILY_NAME, app.familyName, person.familyName, true);
        differ(out, Field.GIVEN_NAMES, app.givenNames, person.givenNames, true);
        differ(out, Field.BIRTH_DATE, date(app.birthDate), date(person.birthDate), false);
        differ(out, Field.SEX, Objects.toString(app.sex, ""), Objects.toString(person.sex, ""), false);
        differ(out, Field.CITIZENSHIP, Objects.toString(app.citizenship, ""),
                Objects.toString(person.citizenship, ""), false);
        if (!holdsDocument(person, app)) {
            IdentityDocument current = person.currentDocument();
            out.add(new Difference(Field.DOCUMENT, app.documentNumber + " (" + app.documentCountry + ")",
                    current == null ? "" : current.number + " (" + current.issuingCountry + ")"));
        }
        return out;
    }

    private static void differ(List<Difference> out, Field field, String applicant, String register, boolean name) {
        boolean same = name ? NameKey.normalise(applicant).equals(NameKey.normalise(register))
                : Objects.toString(applicant, "").equals(Objects.toString(register, ""));
        if (!same) {
            out.add(new Difference(field, Objects.toString(applicant, ""), Objects.toString(register, "")));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }
}
