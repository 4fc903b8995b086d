package se.diktera.app.doctor;

/**
 * One thing the doctor checked.
 *
 * @param fix what to do about it, or null when nothing needs doing
 */
public record Finding(Status status, String message, String fix) {

    public enum Status { OK, WARN, FAIL }

    static Finding ok(String message) {
        return new Finding(Status.OK, message, null);
    }

    static Finding warn(String message, String fix) {
        return new Finding(Status.WARN, message, fix);
    }

    static Finding fail(String message, String fix) {
        return new Finding(Status.FAIL, message, fix);
    }
}
