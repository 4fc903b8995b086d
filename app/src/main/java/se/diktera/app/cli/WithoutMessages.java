package se.diktera.app.cli;

/**
 * A copy of an exception chain that keeps each exception's type and stack frames but not its
 * message, for logs: messages may quote a server's answer, a file name or a personnummer, and
 * patient data never goes to a log (STYLE.md 12).
 */
final class WithoutMessages extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private WithoutMessages(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable e) {
        return copy(e, 0);
    }

    private static Throwable copy(Throwable e, int depth) {
        Throwable cause = e.getCause() != null && e.getCause() != e && depth < 20 ? copy(e.getCause(), depth + 1) : null;
        return new WithoutMessages(e, cause);
    }
}
