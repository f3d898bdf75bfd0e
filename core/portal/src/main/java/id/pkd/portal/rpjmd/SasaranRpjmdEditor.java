package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.umum.Formulir;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The region's tujuan and sasaran RPJMD of a period as one indented list (misi → tujuan → sasaran) with a form below:
 * add, edit, move up or down, delete after a confirmation that reads what depends on the row. A row the LKjIP of a
 * locked year shows (through its IKU's targets) is read-only; the service refuses it anyway. Errors land at their
 * field and the typed values stay.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class SasaranRpjmdEditor extends VerticalLayout {

    private final SasaranRpjmdService layanan;
    private final TautanSasaranRpjmdService tautan;
    private final IkuDaerahService iku;
    private final Grid<BarisSasaranRpjmd> tabel = new Grid<>();
    private final Paragraph kosong = new Paragraph(
            "Belum ada tujuan RPJMD: tambahkan tujuan di bawah misinya, lalu sasarannya; IKU Kepala Daerah dan sasaran"
                    + " Renstra perangkat daerah kemudian ditautkan ke sasaran itu.");
    private final H4 judul = new H4();
    private final Select<Integer> misi = new Select<>();
    private final ComboBox<TujuanRpjmd> tujuan = new ComboBox<>("Tujuan RPJMD");
    private final TextField kode = new TextField("Kode");
    private final TextArea uraian = new TextArea("Uraian");
    private final Button tambahSasaran = new Button("Tambah sasaran", e -> baru(false));
    private final Button simpan = new Button("Simpan", e -> simpan());
    private final Button hapus = new Button("Hapus", e -> konfirmasiHapus());
    private final Button tambahTujuan = new Button("Tambah tujuan", e -> baru(true));
    private final HorizontalLayout tombolAtas = new HorizontalLayout(tambahTujuan, tambahSasaran);
    private final FormLayout form = new FormLayout(misi, tujuan, kode, uraian);
    private final HorizontalLayout tombolForm = new HorizontalLayout(simpan, hapus);
    private final Formulir formulir;
    private PeriodeRpjmd periode;
    private Set<Integer> terkunci = Set.of();
    private boolean bolehUbah;
    /** What the form edits: a stored row, or a new one ({@code id} absent) of the kind {@link #isianTujuan}. */
    private BarisSasaranRpjmd terpilih;

    private boolean isianTujuan;

    SasaranRpjmdEditor(SasaranRpjmdService layanan, TautanSasaranRpjmdService tautan, IkuDaerahService iku) {
        this.layanan = layanan;
        this.tautan = tautan;
        this.iku = iku;
        setPadding(false);
        setId("editor-sasaran-rpjmd");
        kosong.setId("belum-ada-sasaran-rpjmd");
        tabel.setId("tabel-sasaran-rpjmd");
        tabel.addComponentColumn(b -> {
                    Span s = new Span(b.kode());
                    s.getStyle().set("padding-left", b.adalahTujuan() ? "0" : "1.5em");
                    return s;
                })
                .setHeader("Kode")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tabel.addColumn(b -> (b.adalahTujuan() ? "Tujuan: " : "Sasaran: ") + b.uraian())
                .setHeader("Uraian")
                .setFlexGrow(1);
        tabel.addColumn(b -> b.adalahTujuan() ? "Misi " + b.tujuan().misiKe() : "")
                .setHeader("Misi")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tabel.addComponentColumn(this::tombolGeser)
                .setHeader("Urutan")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tabel.setAllRowsVisible(true);
        tabel.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                isi(e.getValue());
            }
        });
        misi.setLabel("Misi");
        misi.setId("sasaran-rpjmd-misi");
        tujuan.setId("sasaran-rpjmd-tujuan");
        tujuan.setItemLabelGenerator(TujuanRpjmd::label);
        tujuan.setWidthFull();
        kode.setId("sasaran-rpjmd-kode");
        kode.setMaxLength(40);
        uraian.setId("sasaran-rpjmd-uraian");
        uraian.setMaxLength(SasaranRpjmdService.PANJANG_URAIAN);
        form.setColspan(uraian, 2);
        form.setColspan(tujuan, 2);
        form.setColspan(misi, 2);
        formulir = new Formulir(
                Map.<String, HasValidation>of("misiKe", misi, "tujuanId", tujuan, "kode", kode, "uraian", uraian));
        tambahTujuan.setId("tambah-tujuan-rpjmd");
        tambahSasaran.setId("tambah-sasaran-rpjmd");
        simpan.setId("simpan-sasaran-rpjmd");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(form);
        simpan.setTooltipText("Ctrl+S");
        hapus.setId("hapus-sasaran-rpjmd");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3("Tujuan dan sasaran RPJMD"), kosong, tombolAtas, tabel, judul, form, tombolForm);
    }

    TautanSasaranRpjmdService tautan() {
        return tautan;
    }

    /** Shows the period's tree; the form stays hidden until a row is chosen or added. */
    void tampilkan(PeriodeRpjmd p, Set<Integer> terkunci, boolean bolehUbah) {
        this.periode = p;
        this.terkunci = terkunci;
        this.bolehUbah = bolehUbah;
        List<String> daftarMisi = p.daftarMisi();
        misi.setItems(IntStream.rangeClosed(1, daftarMisi.size()).boxed().toList());
        // a misi the plan import dropped still names the tujuan that hang on it
        misi.setItemLabelGenerator(
                m -> m + ". " + (m <= daftarMisi.size() ? daftarMisi.get(m - 1) : "(misi sudah tidak ada)"));
        tombolAtas.setVisible(bolehUbah);
        tabel.getColumns().getLast().setVisible(bolehUbah);
        muat(null, true);
        tampilkanForm(false);
    }

    private void muat(Long idTerpilih, boolean pilihTujuan) {
        List<TujuanRpjmd> pohon = layanan.pohon(periode.id());
        List<BarisSasaranRpjmd> baris = BarisSasaranRpjmd.dari(pohon);
        kosong.setVisible(pohon.isEmpty());
        tabel.setVisible(!pohon.isEmpty());
        tabel.setItems(baris);
        tujuan.setItems(pohon);
        tambahSasaran.setEnabled(!pohon.isEmpty());
        baris.stream()
                .filter(b -> idTerpilih != null && b.id() == idTerpilih && b.adalahTujuan() == pilihTujuan)
                .findFirst()
                .ifPresent(tabel::select);
    }

    private void baru(boolean tujuanBaru) {
        BarisSasaranRpjmd dipilih = tabel.asSingleSelect().getValue();
        tabel.asSingleSelect().clear();
        terpilih = null;
        isianTujuan = tujuanBaru;
        formulir.bersihkan();
        judul.setText(tujuanBaru ? "Tujuan RPJMD baru" : "Sasaran RPJMD baru");
        misi.setValue(dipilih == null ? 1 : dipilih.tujuan().misiKe());
        tujuan.setValue(dipilih == null ? null : dipilih.tujuan());
        kode.clear();
        uraian.clear();
        tampilkanForm(true);
        kode.focus();
    }

    private void isi(BarisSasaranRpjmd b) {
        terpilih = b;
        isianTujuan = b.adalahTujuan();
        formulir.bersihkan();
        judul.setText((isianTujuan ? "Tujuan " : "Sasaran ") + b.kode());
        misi.setValue(b.tujuan().misiKe());
        tujuan.setValue(b.tujuan());
        kode.setValue(b.kode());
        uraian.setValue(b.uraian());
        tampilkanForm(true);
    }

    private void tampilkanForm(boolean tampil) {
        judul.setVisible(tampil);
        form.setVisible(tampil);
        misi.setVisible(isianTujuan);
        tujuan.setVisible(!isianTujuan);
        boolean ubah = bolehUbah && (terpilih == null || !terkunci(terpilih));
        misi.setReadOnly(!ubah);
        tujuan.setReadOnly(!ubah);
        kode.setReadOnly(!ubah);
        uraian.setReadOnly(!ubah);
        tombolForm.setVisible(tampil && ubah);
        hapus.setVisible(terpilih != null);
    }

    /** Whether the LKjIP of a locked year shows the row, through a target of an IKU that hangs on it. */
    private boolean terkunci(BarisSasaranRpjmd b) {
        if (terkunci.isEmpty()) {
            return false;
        }
        List<Long> sasaran = b.adalahTujuan()
                ? b.tujuan().sasaran().stream().map(SasaranRpjmd::id).toList()
                : List.of(b.sasaran().id());
        Map<Long, Long> tautanIku = tautan.sasaranIku(periode.id());
        return iku.daftar(periode.id()).stream()
                .filter(i -> sasaran.contains(tautanIku.get(i.id())))
                .anyMatch(i -> i.target().keySet().stream().anyMatch(terkunci::contains));
    }

    private void simpan() {
        AksiEditorRpjmd.simpan(formulir, "tujuan dan sasaran RPJMD", () -> {
            if (isianTujuan) {
                TujuanRpjmd t = layanan.simpanTujuan(new IsianTujuanRpjmd(
                        terpilih == null ? null : terpilih.id(),
                        periode.id(),
                        misi.getValue(),
                        kode.getValue(),
                        uraian.getValue()));
                Formulir.berhasil("Tujuan " + t.kode() + " disimpan.");
                muat(t.id(), true);
            } else {
                SasaranRpjmd s = layanan.simpanSasaran(
                        periode.id(),
                        new IsianSasaranRpjmd(
                                terpilih == null ? null : terpilih.id(),
                                tujuan.getValue() == null
                                        ? null
                                        : tujuan.getValue().id(),
                                kode.getValue(),
                                uraian.getValue()));
                Formulir.berhasil("Sasaran " + s.kode() + " disimpan.");
                muat(s.id(), false);
            }
        });
    }

    private void konfirmasiHapus() {
        BarisSasaranRpjmd b = terpilih;
        String apa = (b.adalahTujuan() ? "tujuan " : "sasaran ") + b.kode();
        AksiEditorRpjmd.konfirmasiHapus(
                "konfirmasi-hapus-sasaran-rpjmd",
                "Hapus " + apa + "?",
                "\"" + b.uraian() + "\". "
                        + layanan.ketergantungan(periode.id(), b.adalahTujuan(), b.id())
                                .uraian(),
                () -> {
                    layanan.hapus(periode.id(), b.adalahTujuan(), b.id());
                    Formulir.berhasil("Tujuan dan sasaran RPJMD: " + apa + " dihapus.");
                    terpilih = null;
                    muat(null, true);
                    tampilkanForm(false);
                });
    }

    /** Up and down as real buttons named for a screen reader, as the IKU list has them. */
    private HorizontalLayout tombolGeser(BarisSasaranRpjmd b) {
        HorizontalLayout tombol = new HorizontalLayout();
        tombol.setSpacing(false);
        for (boolean naik : new boolean[] {true, false}) {
            Button x = new Button((naik ? VaadinIcon.ARROW_UP : VaadinIcon.ARROW_DOWN).create(), e -> geser(b, naik));
            x.setId((naik ? "naik-" : "turun-") + (b.adalahTujuan() ? "tujuan-rpjmd-" : "sasaran-rpjmd-") + b.kode());
            x.setAriaLabel("Pindahkan " + (b.adalahTujuan() ? "tujuan " : "sasaran ") + b.kode()
                    + (naik ? " ke atas" : " ke bawah"));
            x.setTooltipText(naik ? "Naik" : "Turun");
            x.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            tombol.add(x);
        }
        return tombol;
    }

    private void geser(BarisSasaranRpjmd b, boolean naik) {
        try {
            layanan.geser(periode.id(), b.adalahTujuan(), b.id(), naik);
            muat(b.id(), b.adalahTujuan());
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        }
    }
}
