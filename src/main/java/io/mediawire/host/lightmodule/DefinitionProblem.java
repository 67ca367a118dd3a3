package io.mediawire.host.lightmodule;

/** A definition file that could not be loaded: where, and why. Line and column are 1-based, 0 if unknown. */
public record DefinitionProblem(String file, int line, int column, String reason) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + reason;
    }
}
