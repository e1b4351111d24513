package org.daniell.ui.editor;

import java.util.Set;
import java.util.TreeSet;

import org.daniell.ui.internal.DaniellUiPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Lexical colouring for {@code .echem}: the keywords come from the Xtext grammar itself, so the
 * colouring follows the language without a second keyword list.
 */
public class DaniellPresentationReconciler extends PresentationReconciler {

    public static final Color KEYWORD_COLOR = new Color(127, 0, 85);
    public static final Color COMMENT_COLOR = new Color(63, 127, 95);
    public static final Color STRING_COLOR = new Color(42, 0, 255);

    public DaniellPresentationReconciler() {
        DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(createScanner());
        setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
    }

    private static RuleBasedScanner createScanner() {
        IToken keyword = new Token(new TextAttribute(KEYWORD_COLOR, null, SWT.BOLD));
        IToken comment = new Token(new TextAttribute(COMMENT_COLOR));
        IToken string = new Token(new TextAttribute(STRING_COLOR));

        WordRule keywords = new WordRule(new IdentifierDetector(), Token.UNDEFINED);
        for (String word : grammarKeywords()) {
            keywords.addWord(word, keyword);
        }
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setRules(new IRule[] {
            new MultiLineRule("/*", "*/", comment),
            new EndOfLineRule("//", comment),
            new SingleLineRule("\"", "\"", string, '\\'),
            keywords,
        });
        return scanner;
    }

    /** The alphabetic keywords of the grammar ("cell", "material", …); punctuation is left plain. */
    static Set<String> grammarKeywords() {
        IGrammarAccess grammarAccess = DaniellUiPlugin.getDefault().injector().getInstance(IGrammarAccess.class);
        Set<String> words = new TreeSet<>();
        for (String keyword : GrammarUtil.getAllKeywords(grammarAccess.getGrammar())) {
            if (!keyword.isEmpty() && keyword.chars().allMatch(c -> Character.isLetter(c) || c == '_')) {
                words.add(keyword);
            }
        }
        return words;
    }

    private static final class IdentifierDetector implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
