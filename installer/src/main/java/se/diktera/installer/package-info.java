/**
 * Packaging: a jlink runtime and jpackage images and installers. Not built yet: see the
 * installer issue.
 */
package se.diktera.installer;
