package org.daniell.parser;

import java.util.Map;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Parser messages in words a researcher knows: "a name" instead of the lexer's RULE_ID. */
public class ReadableSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    private static final Map<String, String> TOKEN_WORDS = Map.of(
            "RULE_ID", "a name",
            "RULE_INT", "a number",
            "RULE_STRING", "a quoted text",
            "EOF", "the end of the file");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        String text = message.getMessage();
        for (Map.Entry<String, String> word : TOKEN_WORDS.entrySet()) {
            text = text.replace("'<" + word.getKey() + ">'", word.getValue()).replace(word.getKey(), word.getValue());
        }
        return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
    }
}
