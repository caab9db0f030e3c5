/**
 * Shared web machinery, and nothing else: the JAX-RS application, server-rendered views and themes,
 * languages and time zones, CSRF protection (with where a request came from), security headers,
 * request limits, the client address behind trusted proxies, and the one way
 * errors are shown (themed HTML pages for people, RFC 9457 problem details for API clients).
 * Features own their pages and API resources; this package only gives them the means.
 */
package qiao.portal.web;
