package org.kiosk.provisioning.config;

/** A setting the kiosk would refuse: its key, and what it allows. */
public final class InvalidSettingException extends Exception {

    private final String key;

    public InvalidSettingException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
