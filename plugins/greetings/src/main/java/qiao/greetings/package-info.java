/**
 * The greetings plugin's rules: on which day each festival falls ({@link qiao.greetings.FestivalCalendar}: fixed
 * Gregorian days, the Chinese lunar festivals and 清明, computed for 1900–2100, never a table of years), birthdays
 * as their owners gave them ({@link qiao.greetings.Birthday}, Gregorian or lunar), and which greeting each person
 * gets on the day it is where they are, in their language ({@link qiao.greetings.Greetings}). Nothing here knows
 * of the portal: the plugin's wiring to the SDK (banner slot, notifications, settings, storage) builds on it.
 */
package qiao.greetings;
