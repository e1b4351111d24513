package org.daniell.model.issues;

import java.util.List;

/**
 * Renders the issue catalogue as Markdown: the text of {@code docs/diagnostics.md}. A test compares the file with
 * this rendering, so the documentation cannot drift from the checks; {@code daniell explain --markdown} prints it.
 */
public final class DiagnosticsDocument {

    private DiagnosticsDocument() {
    }

    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Diagnostics\n\n");
        md.append("<!-- Generated from the issue catalogue (org.daniell.model.issues). Do not edit: run\n");
        md.append("     ./daniell explain --markdown > docs/diagnostics.md -->\n\n");
        md.append("Every finding Daniell reports has a stable code `area.name`, a default severity, a message, an\n");
        md.append("explanation and the source of the rule. Severities can be changed per project in a\n");
        md.append("`").append(SeverityOverrides.FILE_NAME).append("` file (Java properties) in the folder of the specs or any folder\n");
        md.append("above it; the nearest one wins:\n\n");
        md.append("```properties\n# a lab-scale project: loading and E/C findings are expected\n");
        md.append("severity.").append(firstPracticalityCode()).append(" = info\n");
        md.append("severity.statement.repeated = error\n```\n\n");
        md.append("Each line reads `severity.<code> = error|warning|info|ignore`. `daniell explain CODE` prints one entry.\n\n");
        md.append(IssueCatalogue.all().size()).append(" codes in ").append(IssueCatalogue.topics().size())
                .append(" topics.\n");
        for (Class<?> topic : IssueCatalogue.topics()) {
            List<IssueCode> codes = IssueCatalogue.declaredIn(topic);
            if (codes.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(codes.get(0).area()).append("\n");
            for (IssueCode code : codes) {
                md.append("\n### `").append(code.id()).append("` (").append(code.defaultSeverity().word())
                        .append(")\n\n");
                md.append("Message: ").append(code.template().replace("''", "'")).append("\n\n");
                md.append(code.explanation()).append("\n\n");
                md.append("Source: ").append(code.source()).append("\n");
            }
        }
        return md.toString();
    }

    /** The entry as {@code daniell explain CODE} prints it. */
    public static String explain(IssueCode code) {
        return code.id() + " (" + code.defaultSeverity().word() + ")\n\n" + code.explanation() + "\n\nMessage: "
                + code.template().replace("''", "'") + "\nSource: " + code.source() + "\n";
    }

    private static String firstPracticalityCode() {
        return IssueCatalogue.all().stream().filter(c -> c.area().equals("practicality")).map(IssueCode::id)
                .findFirst().orElse("cell.empty-electrode");
    }
}
