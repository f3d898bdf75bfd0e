package id.pkd.urusan.pppa;

import org.pf4j.Plugin;

/** PF4J entry point; the urusan's contributions are its {@code @Extension} classes. */
public class PppaPlugin extends Plugin {}
