package dev.followup.validation;

/** Regular expressions shared by the request records' {@code @Pattern} constraints. */
public final class Patterns {

    /** Digits with the usual separators and an optional leading plus: what people type as a phone number. */
    public static final String PHONE = "^\\+?[0-9][0-9 ()./-]{3,30}$";
    public static final String PHONE_MESSAGE = "must be a phone number of digits, spaces and ( ) . / - with an optional leading +, such as +49 30 1234567";

    /** A LinkedIn profile address over https. */
    public static final String LINKEDIN_URL = "^https://([a-z]{2,3}\\.)?linkedin\\.com/[A-Za-z0-9_~%./-]{1,250}$";
    public static final String LINKEDIN_MESSAGE = "must be a LinkedIn address such as https://www.linkedin.com/in/jane-doe";

    private Patterns() {
    }
}
