package qiao.estest.smartcn;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * What Elastic's analysis-smartcn plugin registers (it is not published to Maven Central): the
 * {@code smartcn} analyzer and the {@code smartcn_tokenizer}, on Lucene's SmartChineseAnalyzer. The
 * test node has it installed, as a cluster that uses Qiao's word search would.
 */
public class SmartChinesePlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", (is, env, name, settings) -> TokenizerFactory.newFactory(name, HMMChineseTokenizer::new));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("smartcn", (is, env, name, settings) -> new AbstractIndexAnalyzerProvider<SmartChineseAnalyzer>(name) {
            private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();

            @Override
            public SmartChineseAnalyzer get() {
                return analyzer;
            }
        });
    }
}
