package dev.backforge.generation;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a new user reads off a published Python project to run it: its requirements, the settings its .env.example
 * asks for, the README's commands for a token and for the server; and a database of its own on the test PostgreSQL.
 */
final class ShippedProject {

    private ShippedProject() {
    }

    static List<String> requirements(Path pyproject) throws Exception {
        String text = Files.readString(pyproject);
        List<String> out = new ArrayList<>();
        for (String block : List.of("dependencies = [", "test = [")) {
            int start = text.indexOf(block);
            int end = text.indexOf("\n]", start + block.length());
            Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(text.substring(start, end));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * The settings .env.example marks as required, given values, and the database URL; the optional ones keep their
     * defaults.
     */
    static Map<String, String> settings(Path project) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String comment = "";
        for (String line : Files.readAllLines(project.resolve(".env.example"))) {
            if (line.startsWith("#")) {
                comment = line;
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(eq + 1).isEmpty() && comment.contains("required")) {
                out.put(line.substring(0, eq), "it-secret-0123456789abcdef0123456789abcdef");
            } else if (eq > 0 && line.substring(0, eq).matches(".*(DATABASE_URL|DB_URL|DSN)")) {
                // a database URL with a default is still the one each run names
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    static Map<String, String> withUrl(Map<String, String> settings, String url) {
        Map<String, String> out = new LinkedHashMap<>(settings);
        out.replaceAll((k, v) -> k.endsWith("DATABASE_URL") || k.endsWith("DB_URL") || k.endsWith("DSN") ? url : v);
        return out;
    }

    /** The README's command for a development token, when it has one. */
    static Optional<List<String>> tokenCommand(Path project) throws Exception {
        Matcher m = Pattern.compile("TOKEN=\\$\\(python (-m [^)]+)\\)").matcher(Files.readString(
                project.resolve("README.md")));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(List.of(m.group(1).split("\\s+")));
    }

    static String appModule(Path project) throws Exception {
        Matcher m = Pattern.compile("uvicorn ([\\w.]+):app").matcher(Files.readString(project.resolve("README.md")));
        assertTrue(m.find(), "the README says how to run the application");
        return m.group(1);
    }

    // CREATE DATABASE copies template1 and refuses while another copy holds it: one at a time
    static synchronized String createDatabase(String name) throws Exception {
        String host = System.getProperty("backforge.db.host", "127.0.0.1");
        String port = System.getProperty("backforge.db.port", "5432");
        String user = System.getProperty("backforge.db.user", "postgres");
        String password = System.getProperty("backforge.db.password", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/"
                + System.getProperty("backforge.db.name", "test"), user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return "postgresql+asyncpg://" + user + ":" + password + "@" + host + ":" + port + "/" + name;
    }

    static void awaitUp(int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the application exited:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/openapi.json")
                        .toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not answer in 60 s:\n" + Files.readString(log));
    }
}
