/**
 * What every feature stands on while the portal runs: the database schema (Flyway migrations run at
 * start-up, before anything else touches the database), the site's own secrets, the system clock and
 * the health checks an operator or a load balancer asks.
 */
package qiao.portal.platform;
