package org.daniell.cli.chem;

/**
 * Bad input to a {@code daniell chem} command that is not a positioned formula error: an unknown ion, couple or
 * reference, or options that do not go together. The message is one sentence; the command line prints it as
 * {@code daniell: MESSAGE} and exits with code 2.
 */
final class ChemInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ChemInputException(String message) {
        super(message, null, false, false);
    }
}
