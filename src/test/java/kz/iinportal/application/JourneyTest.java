package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The order of the steps for each service and filer, and where Continue goes from a step the draft skips. */
class JourneyTest {

    @Test
    void theStepsDependOnTheServiceAndTheFiler() {
        assertEquals(List.of(Step.SERVICE, Step.PERSON, Step.DOCUMENT, Step.STAY, Step.DOCUMENTS, Step.CHECK),
                Journey.steps(draft(Service.FORMATION, Filer.SELF)));
        assertEquals(List.of(Step.SERVICE, Step.CORRECTION, Step.PERSON, Step.DOCUMENT, Step.STAY, Step.DOCUMENTS,
                Step.CHECK), Journey.steps(draft(Service.CORRECTION, Filer.SELF)));
        assertEquals(List.of(Step.SERVICE, Step.AUTHORITY, Step.CORRECTION, Step.PERSON, Step.DOCUMENT, Step.STAY,
                Step.DOCUMENTS, Step.CHECK), Journey.steps(draft(Service.CORRECTION, Filer.REPRESENTATIVE)));
    }

    @Test
    void continueGoesToTheNextStepOfThisDraft() {
        Application representedFormation = draft(Service.FORMATION, Filer.REPRESENTATIVE);
        assertEquals(Step.AUTHORITY, Journey.after(representedFormation, Step.SERVICE));
        assertEquals(Step.PERSON, Journey.after(representedFormation, Step.AUTHORITY));
        // a correction step sent for a formation (the service changed in another tab) goes on to the person
        assertEquals(Step.PERSON, Journey.after(representedFormation, Step.CORRECTION));
        assertEquals(Step.CHECK, Journey.after(representedFormation, Step.CHECK));
    }

    private static Application draft(Service service, Filer filer) {
        Application app = new Application();
        app.service = service;
        app.filer = filer;
        app.channel = Channel.ONLINE;
        return app;
    }
}
