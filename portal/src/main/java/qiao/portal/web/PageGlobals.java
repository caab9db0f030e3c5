package qiao.portal.web;

import java.util.Map;

/**
 * A contribution of template variables to every page (for example the signed-in account as "me").
 * Any CDI bean implementing this is asked once per rendered page.
 */
public interface PageGlobals {

    Map<String, Object> globals();
}
