package id.pkd.portal.renstra;

/**
 * A row of the tree grid: a stored Renstra row, or a new one being typed ({@code baris} null) under {@code indukId}.
 * Equal only to itself, so a new row is told apart from every other while it is edited.
 */
final class Simpul {

    final JenisBaris jenis;
    final BarisRenstra baris;
    final Long indukId;

    Simpul(BarisRenstra baris) {
        this.jenis = baris.jenis();
        this.baris = baris;
        this.indukId = baris.indukId();
    }

    Simpul(JenisBaris jenis, Long indukId) {
        this.jenis = jenis;
        this.baris = null;
        this.indukId = indukId;
    }

    boolean baru() {
        return baris == null;
    }

    boolean sama(JenisBaris j, long id) {
        return baris != null && baris.jenis() == j && baris.id() == id;
    }
}
