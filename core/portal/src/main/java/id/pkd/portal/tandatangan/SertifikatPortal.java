package id.pkd.portal.tandatangan;

import java.security.cert.X509Certificate;
import java.util.List;

/** Certificates trusted because the portal itself holds their keys (the development signing key). */
record SertifikatPortal(List<X509Certificate> sertifikat) {}
