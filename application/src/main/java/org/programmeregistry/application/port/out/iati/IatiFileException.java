package org.programmeregistry.application.port.out.iati;

/**
 * An IATI file that cannot be read as one: not XML, truncated, a DTD or external entity, too
 * deep, a text too long, or the wrong root element. Carries where the reader stopped.
 */
public final class IatiFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public IatiFileException(String message, int line, int column, Throwable cause) {
        super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
