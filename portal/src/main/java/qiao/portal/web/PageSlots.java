package qiao.portal.web;

/**
 * What fills the named places of a page that themes leave for extensions ({@code {{ slot('banner') }}} in a
 * template). A feature provides it to every page as the variable {@value #VARIABLE} (through {@link PageGlobals});
 * a page without one leaves the places empty.
 */
public interface PageSlots {

    String VARIABLE = "pageSlots";

    /**
     * The HTML for a slot, already safe to place in the page.
     *
     * @param subject the id of what the page is about (a thread, a person), or null
     */
    String render(String slot, Long subject);
}
