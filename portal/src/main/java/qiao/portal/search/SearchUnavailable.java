package qiao.portal.search;

/** The search engine could not be reached or refused a request; what was asked can be tried again later. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
