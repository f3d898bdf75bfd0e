package id.pkd.portal.tampilan;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's notifications, as the bell in {@link MainLayout} shows them. Declared here and implemented by
 * the notifications feature, so the frame depends on no feature.
 */
public interface KotakNotifikasi {

    /** One notification; {@code tautan} is a route of the portal, e.g. {@code persetujuan}. */
    record Butir(long id, String pesan, String tautan, Instant dibuatPada, boolean dibaca) {}

    long jumlahBelumDibaca();

    /** The newest first, read ones included. */
    List<Butir> terbaru(int batas);

    void tandaiDibaca(long id);

    void tandaiSemuaDibaca();
}
