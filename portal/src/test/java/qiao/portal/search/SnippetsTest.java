package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksEveryRunOfTheQueryInATitle() {
        assertEquals("为什么我发不了<mark>红包</mark>", new Snippets("红包").marked("为什么我发不了红包"));
        assertEquals("<mark>红包到账</mark>了吗，<mark>红包</mark>呢", new Snippets("红包到账").marked("红包到账了吗，红包呢"));
    }

    @Test
    void marksASingleCharacterInsideAWord() {
        assertEquals("银行<mark>卡</mark>怎么解绑", new Snippets("卡").marked("银行卡怎么解绑"));
    }

    @Test
    void marksTraditionalQueriesInSimplifiedText() {
        assertEquals("<mark>发红包</mark>失败", new Snippets("發紅包").marked("发红包失败"));
    }

    @Test
    void marksEnglishStemsAndCloseMisspellings() {
        assertEquals("<mark>Passwords</mark> are not <mark>working</mark>", new Snippets("password work").marked("Passwords are not working"));
        assertEquals("Forgot my <mark>password</mark>", new Snippets("pasword").marked("Forgot my password"));
        assertEquals("<mark>ＱＱ</mark>号", new Snippets("qq").marked("ＱＱ号"));
    }

    @Test
    void escapesTheTextAroundTheMarks() {
        assertEquals("&lt;script&gt;<mark>红包</mark>&amp;&quot;&#39;", new Snippets("红包").marked("<script>红包&\"'"));
        assertEquals("&lt;mark&gt;", new Snippets("mark").marked("<mark>").replace("<mark>mark</mark>", "mark"));
    }

    @Test
    void showsTheStretchWithTheMostMatches() {
        String text = "开头" + "无关的话。".repeat(40) + "这里说红包到账很慢，红包退回也慢。" + "结尾".repeat(100);
        String snippet = new Snippets("红包到账").snippet(text);
        assertEquals(true, snippet.startsWith("…"), snippet);
        assertEquals(true, snippet.contains("这里说<mark>红包到账</mark>很慢，<mark>红包</mark>退回也慢"), snippet);
        assertEquals(true, snippet.endsWith("…"), snippet);
    }

    @Test
    void showsTheStartWhenNothingMatchesAndAShortTextWhole() {
        assertEquals("短短的一句话", new Snippets("红包").snippet("短短的一句话"));
        String snippet = new Snippets("红包").snippet("甲".repeat(300));
        assertEquals("甲".repeat(Snippets.LENGTH) + "…", snippet);
    }

    @Test
    void neverCutsACharacterInHalf() {
        String text = "𠮷".repeat(200) + "红包";
        String snippet = new Snippets("红包").snippet(text);
        assertEquals(true, snippet.endsWith("<mark>红包</mark>"), snippet);
        for (int i = 0; i < snippet.length(); i++) {
            if (Character.isHighSurrogate(snippet.charAt(i))) {
                assertEquals(true, Character.isLowSurrogate(snippet.charAt(i + 1)));
            }
        }
    }
}
