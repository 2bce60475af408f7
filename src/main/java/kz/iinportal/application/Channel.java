package kz.iinportal.application;

/** How an application reaches the police: online, or keyed in by front-office staff at a public service centre. */
public enum Channel {
    ONLINE,
    SERVICE_CENTRE
}
