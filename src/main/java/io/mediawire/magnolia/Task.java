package io.mediawire.magnolia;

/** One install or update step, run once by the host's module manager. */
public interface Task {
    String name();

    void execute(InstallContext context) throws Exception;

    static Task of(String name, Step step) {
        return new Task() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void execute(InstallContext context) throws Exception {
                step.run(context);
            }
        };
    }

    @FunctionalInterface
    interface Step {
        void run(InstallContext context) throws Exception;
    }
}
