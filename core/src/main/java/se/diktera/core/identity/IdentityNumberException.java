package se.diktera.core.identity;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * Thrown when a text is not a valid Swedish personal identity number. The {@link #reason()} is
 * stable and meant for choosing a translated message; {@link #getMessage()} is plain English for
 * developers and never contains the rejected input, which is patient data.
 */
public final class IdentityNumberException extends IllegalArgumentException implements Explained {

    /** What is wrong with the input, one value per thing a user can correct. */
    public enum Reason {
        EMPTY("no number was given"),
        WRONG_FORMAT("expected YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN"),
        NOT_DIGITS("only digits and one '-' or '+' separator are allowed"),
        INVALID_DATE("the date part is not a date that exists"),
        FUTURE_DATE("the date part lies in the future"),
        BAD_CHECKSUM("the last digit does not match the check digit (Luhn)"),
        NOT_A_PERSONNUMMER("the day is 61 or more: this is a samordningsnummer"),
        NOT_A_SAMORDNINGSNUMMER("the day is below 61: this is a personnummer");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private static final long serialVersionUID = 1L;
    private final Reason reason;

    public IdentityNumberException(Reason reason) {
        super("Invalid identity number: " + reason.explanation());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Problem problem() {
        return Problem.IDENTITY_NUMBER_INVALID;
    }
}
