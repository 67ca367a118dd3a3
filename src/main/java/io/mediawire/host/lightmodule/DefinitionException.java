package io.mediawire.host.lightmodule;

/** A definition file could not be read; {@link #problem()} says where and why. */
public class DefinitionException extends RuntimeException {
    private final DefinitionProblem problem;

    public DefinitionException(DefinitionProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public DefinitionProblem problem() {
        return problem;
    }
}
