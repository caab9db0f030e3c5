package qiao.portal.search.elasticsearch;

/**
 * The index template Qiao puts into Elasticsearch: the same fields and analysis as the embedded
 * index, in Elasticsearch's names. Chinese words come from Elastic's analysis-smartcn plugin where the
 * cluster has it; without it, only the CJK bigrams (analysis-common's cjk_width and cjk_bigram, as
 * in its built-in {@code cjk} analyzer) are kept, with English stems.
 */
final class ElasticsearchMappings {

    private static final String WORDS_ANALYZER = """
            ,
                      "qiao_words": {"type": "custom", "tokenizer": "smartcn_tokenizer",
                                     "filter": ["porter_stem", "qiao_two_or_more"], "position_increment_gap": 100}""";
    private static final String WORDS_FIELDS = """
            ,
                    "title_words": {"type": "text", "analyzer": "qiao_words"},
                    "text_words": {"type": "text", "analyzer": "qiao_words"}""";

    private ElasticsearchMappings() {
    }

    /** The template for indices named like {@code pattern}; with {@code words}, the smartcn fields too. */
    static String template(String pattern, boolean words) {
        String texts = words ? "\"text\", \"text_words\"" : "\"text\"";
        String title = words ? texts + ", \"title_words\", \"spell\"" : texts + ", \"spell\"";
        return """
                {
                  "index_patterns": ["%s"],
                  "priority": 100,
                  "template": {
                    "settings": {
                      "number_of_shards": 1,
                      "analysis": {
                        "filter": {"qiao_two_or_more": {"type": "length", "min": 2},
                                 "qiao_bigrams_and_characters": {"type": "cjk_bigram", "output_unigrams": true}},
                        "analyzer": {
                          "qiao_bigrams": {"type": "custom", "tokenizer": "standard",
                                           "filter": ["cjk_width", "lowercase", "cjk_bigram", "porter_stem"],
                                           "position_increment_gap": 100},
                          "qiao_bigrams_and_characters": {"type": "custom", "tokenizer": "standard",
                                           "filter": ["cjk_width", "lowercase", "qiao_bigrams_and_characters", "porter_stem"],
                                           "position_increment_gap": 100},
                          "qiao_spelling": {"type": "custom", "tokenizer": "standard", "filter": ["cjk_width", "lowercase"]}%s
                        }
                      }
                    },
                    "mappings": {
                      "dynamic": "strict",
                      "properties": {
                        "key": {"type": "keyword"},
                        "kind": {"type": "keyword"},
                        "id": {"type": "long", "index": false},
                        "thread": {"type": "long", "index": false},
                        "scope": {"type": "keyword"},
                        "type": {"type": "keyword"},
                        "solved": {"type": "keyword"},
                        "status": {"type": "keyword"},
                        "created": {"type": "long"},
                        "url": {"type": "keyword", "index": false},
                        "title": {"type": "text", "analyzer": "qiao_bigrams", "copy_to": [%s]},
                        "tags": {"type": "keyword", "copy_to": [%s]},
                        "body": {"type": "text", "index": false, "copy_to": [%s, "spell"]},
                        "text": {"type": "text", "analyzer": "qiao_bigrams_and_characters", "search_analyzer": "qiao_bigrams"},
                        "spell": {"type": "text", "analyzer": "qiao_spelling"}%s
                      }
                    }
                  }
                }
                """.formatted(pattern, words ? WORDS_ANALYZER : "", title, texts, texts, words ? WORDS_FIELDS : "");
    }
}
