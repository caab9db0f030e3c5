package qiao.portal.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How Qiao cuts text into terms, the same for both engines (Elasticsearch builds the same chains from
 * its own names: the standard tokenizer, cjk_width, lowercase, cjk_bigram, porter_stem; and smartcn).
 *
 * <ul>
 * <li>{@link #bigrams()}: Unicode words; full-width letters and digits folded to ASCII; lower case;
 * runs of Chinese characters cut into overlapping pairs (为什么 → 为什, 什么); English stems.
 * {@link #bigramsAndCharacters()} keeps the single characters too (for the indexed text).
 * <li>{@link #words()}: Lucene's smart Chinese segmenter (with English stems).
 * <li>{@link #spelling()}: English words of three letters or more as written, lower case.
 * </ul>
 */
public final class ChineseAnalysis {

    private static final int POSITION_GAP = 100;

    private ChineseAnalysis() {
    }

    public static Analyzer bigrams() {
        return bigrams(false);
    }

    /**
     * The same, keeping each Chinese character as a term too, for the text a query must match: then a
     * query of one character (卡, 钱) finds it inside words. Queries are cut into bigrams only.
     */
    public static Analyzer bigramsAndCharacters() {
        return bigrams(true);
    }

    private static Analyzer bigrams(boolean characters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream tokens = new CJKWidthFilter(source);
                tokens = new LowerCaseFilter(tokens);
                tokens = characters ? new CJKBigramFilter(tokens, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true) : new CJKBigramFilter(tokens);
                return new TokenStreamComponents(source, new PorterStemFilter(tokens));
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return POSITION_GAP;
            }
        };
    }

    /** What Lucene's (and Elasticsearch's) SmartChineseAnalyzer does, with the gap between a field's values. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                HMMChineseTokenizer source = new HMMChineseTokenizer();
                TokenStream tokens = new LengthFilter(new PorterStemFilter(source), 2, Integer.MAX_VALUE);
                return new TokenStreamComponents(source, tokens);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return POSITION_GAP;
            }
        };
    }

    public static Analyzer spelling() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream tokens = new LowerCaseFilter(new CJKWidthFilter(source));
                return new TokenStreamComponents(source, new EnglishWords(tokens));
            }
        };
    }

    /** A term and where it stands in the text it came from. */
    public record Token(String term, int start, int end) {
    }

    /** The terms an analyzer makes of a text, with their offsets. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Whether a term is an English word (ASCII letters only). */
    public static boolean english(CharSequence term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Keeps English words of three letters or more. */
    private static final class EnglishWords extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        EnglishWords(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return term.length() >= 3 && english(term);
        }
    }
}
