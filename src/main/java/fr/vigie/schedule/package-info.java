/** {@code vigie schedule}: jobs started at their cron time, missed runs caught up, run metrics exposed. */
package fr.vigie.schedule;
