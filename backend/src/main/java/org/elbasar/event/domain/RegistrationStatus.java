package org.elbasar.event.domain;

public enum RegistrationStatus { REGISTERED, WAITING, CANCELLED }
