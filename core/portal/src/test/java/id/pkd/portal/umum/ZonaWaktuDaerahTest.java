package id.pkd.portal.umum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Keppres 41/1987 divides Indonesia into Waktu Indonesia Barat (UTC+7), Tengah (UTC+8) and Timur (UTC+9); a region
 * keeps the zone of its province, unless the portal or the operator for that region says otherwise.
 */
class ZonaWaktuDaerahTest {

    /** 31 January 2023, 16:30 UTC: already 1 February in Papua, still 31 January in Kalimantan Tengah. */
    static final Instant MALAM = Instant.parse("2023-01-31T16:30:00Z");

    @Test
    void balanganDiKalimantanSelatanMemakaiWaktuIndonesiaTengah() {
        ZonaWaktuDaerah z = ZonaWaktuDaerah.tentukan("63.11", null, null);
        assertThat(z.zona()).isEqualTo(ZonaWaktu.WITA);
        assertThat(z.asal()).isEqualTo(ZonaWaktuDaerah.Asal.KODE_WILAYAH);
        assertThat(z.waktu(MALAM)).isEqualTo("1 Februari 2023 00:30 WITA");
        assertThat(z.keterangan()).isEqualTo("WITA (menurut kode provinsi)");
    }

    @Test
    void kotawaringinBaratDiKalimantanTengahMemakaiWaktuIndonesiaBarat() {
        ZonaWaktuDaerah z = ZonaWaktuDaerah.tentukan("62.01", null, null);
        assertThat(z.zona()).isEqualTo(ZonaWaktu.WIB);
        assertThat(z.waktu(MALAM)).isEqualTo("31 Januari 2023 23:30 WIB");
        assertThat(z.hariIni(Clock.fixed(MALAM, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2023, 1, 31));
    }

    @Test
    void papuaTengahMemakaiWaktuIndonesiaTimur() {
        ZonaWaktuDaerah z = ZonaWaktuDaerah.tentukan("94.01", null, null);
        assertThat(z.zona()).isEqualTo(ZonaWaktu.WIT);
        assertThat(z.waktuDetik(MALAM)).isEqualTo("1 Februari 2023 01:30:00 WIT");
        assertThat(z.hariIni(Clock.fixed(MALAM, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void pengaturanPortalBerlakuSebelumKodeProvinsi() {
        ZonaWaktuDaerah z = ZonaWaktuDaerah.tentukan("63.11", ZonaWaktu.WIB, null);
        assertThat(z.zona()).isEqualTo(ZonaWaktu.WIB);
        assertThat(z.asal()).isEqualTo(ZonaWaktuDaerah.Asal.PORTAL);
    }

    @Test
    void pilihanUntukDaerahItuSendiriMenang() {
        ZonaWaktuDaerah z = ZonaWaktuDaerah.tentukan("62.01", ZonaWaktu.WIT, ZonaWaktu.WITA);
        assertThat(z.zona()).isEqualTo(ZonaWaktu.WITA);
        assertThat(z.asal()).isEqualTo(ZonaWaktuDaerah.Asal.DAERAH);
        assertThat(z.keterangan()).isEqualTo("WITA (ditetapkan untuk daerah ini)");
    }

    @Test
    void singkatanSelaluYangDitulisOrangIndonesiaBukanNamaZonaJdk() {
        for (ZonaWaktu zona : ZonaWaktu.values()) {
            assertThat(new ZonaWaktuDaerah(zona, ZonaWaktuDaerah.Asal.DAERAH).waktu(MALAM))
                    .endsWith(" " + zona.name());
        }
        assertThat(ZonaWaktuDaerah.tanggal(LocalDate.of(2023, 1, 31))).isEqualTo("31 Januari 2023");
    }
}
