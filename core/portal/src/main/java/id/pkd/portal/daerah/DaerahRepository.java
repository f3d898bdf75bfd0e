package id.pkd.portal.daerah;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface DaerahRepository extends Repository<Daerah, Long> {

    Daerah save(Daerah daerah);

    @Query("SELECT * FROM tenant ORDER BY kode_wilayah")
    List<Daerah> semua();

    @Query("SELECT * FROM tenant WHERE id = :id")
    Optional<Daerah> cari(long id);

    @Modifying
    @Query("UPDATE tenant SET zona_waktu = :zona WHERE id = :id")
    int ubahZonaWaktu(long id, String zona);

    @Query("SELECT * FROM tenant WHERE kode_wilayah = :kode")
    Optional<Daerah> cariKode(String kode);
}
