package id.pkd.urusan.pmd;

import org.pf4j.Plugin;

/** PF4J entry point; the urusan's contributions are its {@code @Extension} classes. */
public class PmdPlugin extends Plugin {}
