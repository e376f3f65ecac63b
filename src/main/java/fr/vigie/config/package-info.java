/** Reading configuration files (jobs, rules, policies) with errors that name the file and the key. */
package fr.vigie.config;
