/**
 * {@code vigie serve}: the web console of the DPO, engineers, auditors and partners (Spring MVC,
 * server-side HTML with Thymeleaf, no JavaScript, Spring Security). Pages read the store and decide
 * through the review workflow; what each role may see or do is checked on the server for every request.
 * Only this command starts a servlet container.
 */
package fr.vigie.web;
