package qiao.portal.search;

/**
 * How far a typed English word may be from an indexed one and still match it, as Elasticsearch's
 * "AUTO" fuzziness has it: no edit for one or two letters, one for three to five, two for more; an
 * edit is a letter added, removed, replaced, or two neighbours swapped.
 */
public final class Spelling {

    private Spelling() {
    }

    public static int allowedEdits(String word) {
        int length = word.length();
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    /**
     * The edit distance between two words (optimal string alignment), or {@code limit + 1} as soon as
     * it is certain to be more than {@code limit}.
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
