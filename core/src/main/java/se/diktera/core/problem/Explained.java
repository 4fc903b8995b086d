package se.diktera.core.problem;

/** An exception that says why it was thrown, as a {@link Problem} the client can put in words. */
public interface Explained {

    Problem problem();
}
