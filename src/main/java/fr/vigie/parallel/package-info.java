/**
 * Work on several threads that writes as one thread would: {@link fr.vigie.parallel.OrderedWork}, the bounded,
 * ordered pipeline shared by the stages and the job that encode on several threads (the export's data files, the
 * staging load, the release). Depends on nothing of Vigie, so that any stage may use it.
 */
package fr.vigie.parallel;
