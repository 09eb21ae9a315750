package dev.backforge.architecture.entity;

/** The target stack of the generated code. */
public record Stack(String language, String framework, String validation, String orm, String pythonVersion) {

    public static final Stack DEFAULT = new Stack("python", "fastapi", "pydantic-v2", "sqlalchemy-2", "3.11");

    public Stack {
        language = language == null ? "python" : language;
        framework = framework == null ? "fastapi" : framework;
        validation = validation == null ? "pydantic-v2" : validation;
        orm = orm == null ? "sqlalchemy-2" : orm;
        pythonVersion = pythonVersion == null ? "3.11" : pythonVersion;
    }

    public String key() {
        return language + "-" + framework;
    }
}
