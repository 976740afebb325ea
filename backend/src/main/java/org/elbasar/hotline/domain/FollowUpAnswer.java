package org.elbasar.hotline.domain;

/** A party's answer to "did an exchange happen?". */
public enum FollowUpAnswer { YES, NOT_YET, NO }
