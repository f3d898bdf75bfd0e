package id.pkd.beban;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one virtual user's browser knows of its Vaadin UI: the UI id, the CSRF key, the {@code syncId} and
 * {@code clientId} of the last exchange, and the state tree the server sent (tags, attributes, properties, children,
 * text), so that a control is found by its element id exactly as Flow's client finds it. One per virtual user, used
 * by one request at a time.
 *
 * <p>Feature numbers are Flow's {@code NodeFeatures}; messages follow {@code JsonConstants}.
 */
final class ModelUi {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final int DATA = 0;
    private static final int PROPERTI = 1;
    private static final int ANAK = 2;
    private static final int ATRIBUT = 3;
    private static final int TEKS = 7;

    /** A state node of the UI tree. */
    static final class Simpul {
        String tag;
        /** Flow's {@code ElementData.visible}: false for a component hidden with {@code setVisible(false)}. */
        boolean tampil = true;

        final Map<String, JsonNode> properti = new HashMap<>();
        final Map<String, JsonNode> atribut = new HashMap<>();
        final List<Integer> anak = new ArrayList<>();
        String teks;
    }

    private int uiId = -1;
    private String kunciKeamanan;
    private int syncId;
    private int clientId;
    private final Map<Integer, Simpul> simpul = new HashMap<>();
    /** Grid rows ({@code key}, {@code col0}…) the last answer carried, by the text of their first column. */
    private final Map<String, ObjectNode> barisTerakhir = new LinkedHashMap<>();
    /**
     * The grid each of those rows belongs to: a view may hold several grids (/realisasi has the indicator grid and
     * the comparison editor's), and a row is selected on its own grid.
     */
    private final Map<String, Integer> gridBaris = new HashMap<>();

    private String csrfHalaman;
    private String badanTerakhir = "";
    /** {@code confirmUpdate} calls owed to the server (see {@link #kumpulkanKonfirmasi}). */
    private final List<ObjectNode> konfirmasiTertunda = new ArrayList<>();

    int uiId() {
        return uiId;
    }

    /** The Spring Security token of the last page loaded (for the sign-in and sign-out forms). */
    String csrfHalaman() {
        return csrfHalaman;
    }

    void csrfHalaman(String token) {
        this.csrfHalaman = token;
    }

    /**
     * Reads the answer of {@code ?v-r=init}: a new UI whose tree starts empty. Returns what is wrong, or "" when
     * the answer is a usable UI.
     */
    String mulai(String badan) {
        JsonNode akar;
        try {
            akar = JSON.readTree(badan);
        } catch (IOException e) {
            return "jawaban init bukan JSON: " + potong(badan);
        }
        JsonNode konfigurasi = akar.path("appConfig");
        JsonNode uidl = konfigurasi.path("uidl");
        if (!konfigurasi.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            return "jawaban init tanpa v-uiId/Vaadin-Security-Key: " + potong(badan);
        }
        simpul.clear();
        barisTerakhir.clear();
        gridBaris.clear();
        konfirmasiTertunda.clear();
        uiId = konfigurasi.path("v-uiId").asInt();
        kunciKeamanan = uidl.path("Vaadin-Security-Key").asText();
        syncId = 0;
        clientId = 0;
        return terapkanUidl(uidl, badan);
    }

    /**
     * Applies one UIDL answer to the tree and tracks {@code syncId}/{@code clientId}. Returns what is wrong with
     * it ("" when nothing): an expired session, an application error, a request to resynchronise, or the portal's
     * own error message.
     */
    String terapkan(String badan) {
        badanTerakhir = badan;
        String isi = badan.startsWith("for(;;);") ? badan.substring(8) : badan;
        JsonNode uidl;
        try {
            uidl = JSON.readTree(isi);
        } catch (IOException e) {
            return "jawaban UIDL bukan JSON: " + potong(badan);
        }
        if (uidl.isArray()) {
            uidl = uidl.path(0);
        }
        return terapkanUidl(uidl, badan);
    }

    private String terapkanUidl(JsonNode uidl, String mentah) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "Session expired";
        }
        if (meta.has("appError")) {
            return "appError: " + potong(meta.path("appError").toString());
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            return "server meminta resynchronize (syncId/clientId tidak cocok)";
        }
        if (!uidl.has("syncId")) {
            return "jawaban UIDL tanpa syncId: " + potong(uidl.toString());
        }
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt(clientId);
        for (JsonNode ubah : uidl.path("changes")) {
            terapkanPerubahan(ubah);
        }
        barisTerakhir.clear();
        gridBaris.clear();
        for (JsonNode e : uidl.path("execute")) {
            JsonNode node = e.path(0).path("@v-node");
            kumpulkanBaris(e, node.isInt() ? node.asInt() : null);
        }
        kumpulkanKonfirmasi(uidl.path("execute"));
        // The portal's own failure page and notification ("Terjadi kesalahan" with a reference number).
        if (mentah.contains("Terjadi kesalahan")) {
            return "portal menampilkan 'Terjadi kesalahan'";
        }
        return "";
    }

    private void terapkanPerubahan(JsonNode ubah) {
        int id = ubah.path("node").asInt();
        String jenis = ubah.path("type").asText();
        if ("detach".equals(jenis)) {
            simpul.remove(id);
            return;
        }
        Simpul s = simpul.computeIfAbsent(id, k -> new Simpul());
        int fitur = ubah.path("feat").asInt(-1);
        switch (jenis) {
            case "put" -> {
                String kunci = ubah.path("key").asText();
                JsonNode nilai = ubah.has("value") ? ubah.get("value") : ubah.path("nodeValue");
                switch (fitur) {
                    case DATA -> {
                        if ("tag".equals(kunci)) {
                            s.tag = nilai.asText();
                        } else if ("visible".equals(kunci)) {
                            s.tampil = nilai.asBoolean(true);
                        }
                    }
                    case PROPERTI -> s.properti.put(kunci, nilai);
                    case ATRIBUT -> s.atribut.put(kunci, nilai);
                    case TEKS -> s.teks = nilai.asText();
                    default -> {}
                }
            }
            case "remove" -> {
                String kunci = ubah.path("key").asText();
                if (fitur == PROPERTI) {
                    s.properti.remove(kunci);
                } else if (fitur == ATRIBUT) {
                    s.atribut.remove(kunci);
                }
            }
            case "splice" -> {
                if (fitur != ANAK) {
                    return;
                }
                int indeks = ubah.path("index").asInt();
                int hapus = ubah.path("remove").asInt(0);
                for (int i = 0; i < hapus && indeks < s.anak.size(); i++) {
                    s.anak.remove(indeks);
                }
                List<Integer> tambah = new ArrayList<>();
                ubah.path("addNodes").forEach(n -> tambah.add(n.asInt()));
                s.anak.addAll(Math.min(indeks, s.anak.size()), tambah);
            }
            case "clear" -> {
                if (fitur == ANAK) {
                    s.anak.clear();
                } else if (fitur == PROPERTI) {
                    s.properti.clear();
                } else if (fitur == ATRIBUT) {
                    s.atribut.clear();
                }
            }
            default -> {}
        }
    }

    /**
     * Grid data travels as JavaScript calls ({@code $connector.set(start, items)}); items carry their key and one
     * field per column ({@code col0}…, or {@code lr_…_name} for a tree grid's hierarchy column).
     */
    private void kumpulkanBaris(JsonNode n, Integer grid) {
        if (n.isObject() && n.has("key") && n.has("col1")) {
            String pertama = n.has("col0") ? n.path("col0").asText() : null;
            for (var f = n.fieldNames(); pertama == null && f.hasNext(); ) {
                String nama = f.next();
                if (nama.startsWith("lr_") && nama.endsWith("_name")) {
                    pertama = n.path(nama).asText();
                }
            }
            String nama = pertama != null ? pertama : n.path("key").asText();
            barisTerakhir.put(nama, (ObjectNode) n);
            if (grid != null) {
                gridBaris.put(nama, grid);
            }
            return;
        }
        if (n.isContainerNode()) {
            n.forEach(anak -> kumpulkanBaris(anak, grid));
        }
    }

    /**
     * A grid's or combo box's connector answers each data update ({@code $connector.confirm(id)}) with
     * {@code $server.confirmUpdate(id)}; until then the server keeps the previous items' keys. They are sent with
     * the user's next request rather than in one of their own.
     */
    private void kumpulkanKonfirmasi(JsonNode eksekusi) {
        for (JsonNode e : eksekusi) {
            if (!e.isArray() || e.size() < 3) {
                continue;
            }
            String skrip = e.path(e.size() - 1).asText("");
            JsonNode node = e.path(0).path("@v-node");
            if (skrip.contains("$connector.confirm(") && node.isInt()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("type", "publishedEventHandler");
                o.put("node", node.asInt());
                o.put("templateEventMethodName", "confirmUpdate");
                o.set(
                        "templateEventMethodArgs",
                        JSON.createArrayNode().add(e.path(1).asInt()));
                o.put("promise", 0);
                konfirmasiTertunda.add(o);
            }
        }
    }

    // ---- looking things up ----

    /**
     * The element with that id; when a view made it again (a confirm dialog per submission), the newest node: node ids
     * only grow, and the older one may still be in this copy of the tree, closed. The first found in map order had
     * been the old closed dialog, so the new one was left open and the page behind it inert.
     */
    Optional<Integer> cari(String elemenId) {
        return simpul.entrySet().stream()
                .filter(e -> elemenId.equals(teksAtau(e.getValue().atribut.get("id"))))
                .map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    boolean ada(String elemenId) {
        return cari(elemenId).isPresent();
    }

    /**
     * A dialog the server has open: present with {@code opened} true. A confirm dialog stays in the tree after it
     * closes, so its presence alone does not say the server is asking.
     */
    boolean terbuka(String elemenId) {
        return "true".equals(properti(elemenId, "opened"));
    }

    /** Present and not hidden by the server ({@code setVisible(false)}). */
    boolean tampil(String elemenId) {
        return cari(elemenId).map(simpul::get).map(s -> s.tampil).orElse(false);
    }

    int wajib(String elemenId) {
        return cari(elemenId)
                .orElseThrow(() -> new IllegalStateException("elemen #" + elemenId + " tidak ada di UI " + uiId));
    }

    String atribut(String elemenId, String nama) {
        return cari(elemenId)
                .map(simpul::get)
                .map(s -> teksAtau(s.atribut.get(nama)))
                .orElse(null);
    }

    String properti(String elemenId, String nama) {
        return cari(elemenId)
                .map(simpul::get)
                .map(s -> teksAtau(s.properti.get(nama)))
                .orElse(null);
    }

    /** All text under an element, as the browser would show it (whitespace aside). */
    String teks(String elemenId) {
        StringBuilder b = new StringBuilder();
        cari(elemenId).ifPresent(id -> kumpulkanTeks(id, b, 0));
        return b.toString();
    }

    private void kumpulkanTeks(int id, StringBuilder b, int dalam) {
        Simpul s = simpul.get(id);
        if (s == null || dalam > 64) {
            return;
        }
        if (s.teks != null) {
            b.append(s.teks);
        }
        for (int anak : s.anak) {
            kumpulkanTeks(anak, b, dalam + 1);
        }
    }

    /** The {@code href} of every element whose link contains this text, in node order. */
    List<String> hrefMengandung(String bagian) {
        return simpul.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> teksAtau(e.getValue().atribut.get("href")))
                .filter(h -> h != null && h.contains(bagian))
                .toList();
    }

    /** Whether the last UIDL answer carried this text (a notification, a row, a script). */
    boolean jawabanMemuat(String teks) {
        return badanTerakhir.contains(teks);
    }

    /** A grid row of the last answer, by the text of its first column. */
    Optional<ObjectNode> baris(String kolomPertama) {
        return Optional.ofNullable(barisTerakhir.get(kolomPertama));
    }

    boolean adaBaris() {
        return !barisTerakhir.isEmpty();
    }

    /** The first column of the first grid row the last answer carried. */
    String barisPertama() {
        return barisTerakhir.keySet().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("jawaban terakhir tanpa baris grid"));
    }

    private static String teksAtau(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String potong(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---- building requests ----

    /** The body of {@code POST ?v-r=uidl&v-uiId=N}. */
    String badan(ArrayNode rpc) {
        ObjectNode o = JSON.createObjectNode();
        o.put("csrfToken", kunciKeamanan);
        ArrayNode semua = rpc();
        konfirmasiTertunda.stream()
                .filter(k -> simpul.containsKey(k.path("node").asInt()))
                .forEach(semua::add);
        konfirmasiTertunda.clear();
        semua.addAll(rpc);
        o.set("rpc", semua);
        o.put("syncId", syncId);
        o.put("clientId", clientId);
        return o.toString();
    }

    static ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    /** The event Flow's router sends to the UI (node 1) to show a route. */
    static ArrayNode navigasi(String rute, String kueri) {
        ArrayNode a = rpc();
        ObjectNode data = JSON.createObjectNode();
        data.put("route", rute);
        data.put("query", kueri);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        a.add(peristiwa(1, "ui-navigate", data));
        return a;
    }

    /** The poll a UI with a poll interval sends. */
    static ArrayNode poll() {
        return rpc().add(peristiwa(1, "ui-poll", JSON.createObjectNode()));
    }

    ArrayNode klik(String elemenId) {
        ObjectNode data = JSON.createObjectNode();
        for (String k : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + k, false);
        }
        for (String k : List.of("clientX", "clientY", "screenX", "screenY", "button")) {
            data.put("event." + k, 0);
        }
        data.put("event.detail", 1);
        return rpc().add(peristiwa(wajib(elemenId), "click", data));
    }

    /** An event of an element without data, such as a confirm dialog's {@code confirm}. */
    ArrayNode peristiwa(String elemenId, String nama) {
        return rpc().add(peristiwa(wajib(elemenId), nama, JSON.createObjectNode()));
    }

    /**
     * Confirming a {@code vaadin-confirm-dialog} as the browser does: the {@code confirm} event, then the dialog
     * closes itself and synchronises {@code opened = false}. With the event alone the server kept the modal dialog
     * open, so every later change on the page was ignored as inert (the year switch on /capaian answered nothing
     * after each "Ajukan tetap").
     */
    ArrayNode konfirmasi(String elemenId) {
        int node = wajib(elemenId);
        ObjectNode tutup = JSON.createObjectNode();
        tutup.put("type", "mSync");
        tutup.put("node", node);
        tutup.put("feature", PROPERTI);
        tutup.put("property", "opened");
        tutup.put("value", false);
        simpul.get(node).properti.put("opened", JSON.getNodeFactory().booleanNode(false));
        return rpc().add(peristiwa(node, "confirm", JSON.createObjectNode()))
                .add(tutup)
                .add(peristiwa(node, "opened-changed", JSON.createObjectNode()));
    }

    /** Typing into a text field and leaving it: the value property synchronised, then the change event. */
    ArrayNode isi(String elemenId, String nilai) {
        int node = wajib(elemenId);
        // The browser's copy of the property changes as the user types; the server does not echo it back.
        simpul.get(node).properti.put("value", JSON.getNodeFactory().textNode(nilai));
        return rpc().add(sinkron(node, "value", nilai)).add(peristiwa(node, "change", JSON.createObjectNode()));
    }

    /** Choosing an item of a {@code vaadin-select} by its label: its value is the item's key. */
    ArrayNode pilih(String elemenId, String label) {
        int node = wajib(elemenId);
        String kunci = kunciPilihan(node, label)
                .orElseThrow(() -> new IllegalStateException("#" + elemenId + " tanpa pilihan '" + label + "'"));
        simpul.get(node).properti.put("value", JSON.getNodeFactory().textNode(kunci));
        return rpc().add(sinkron(node, "value", kunci)).add(peristiwa(node, "value-changed", JSON.createObjectNode()));
    }

    /** The label of the item a {@code vaadin-select} shows. */
    String labelTerpilih(String elemenId) {
        int node = wajib(elemenId);
        String nilai = teksAtau(simpul.get(node).properti.get("value"));
        return pilihan(node).entrySet().stream()
                .filter(e -> e.getValue().equals(nilai))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private Optional<String> kunciPilihan(int node, String label) {
        return Optional.ofNullable(pilihan(node).get(label));
    }

    /** label → key of the {@code vaadin-select-item}s under a select's list box. */
    private Map<String, String> pilihan(int node) {
        Map<String, String> hasil = new LinkedHashMap<>();
        for (int kotak : simpul.get(node).anak) {
            Simpul k = simpul.get(kotak);
            if (k == null) {
                continue;
            }
            for (int item : k.anak) {
                Simpul i = simpul.get(item);
                if (i != null && "vaadin-select-item".equals(i.tag)) {
                    hasil.put(teksAtau(i.atribut.get("label")), teksAtau(i.properti.get("value")));
                }
            }
        }
        return hasil;
    }

    /** Selecting a grid row as the grid connector does ({@code $server.select(key)}). */
    ArrayNode pilihBaris(String kolomPertama) {
        int grid = Optional.ofNullable(gridBaris.get(kolomPertama))
                .or(() -> simpul.entrySet().stream()
                        .filter(e -> "vaadin-grid".equals(e.getValue().tag))
                        .map(Map.Entry::getKey)
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("tidak ada vaadin-grid di UI " + uiId));
        String kunci = baris(kolomPertama)
                .map(b -> b.path("key").asText())
                .orElseThrow(() -> new IllegalStateException("baris '" + kolomPertama + "' tidak ada di data grid"));
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "publishedEventHandler");
        o.put("node", grid);
        o.put("templateEventMethodName", "select");
        o.set("templateEventMethodArgs", JSON.createArrayNode().add(kunci));
        o.put("promise", 0);
        return rpc().add(o);
    }

    static ArrayNode gabung(ArrayNode... bagian) {
        ArrayNode a = rpc();
        for (ArrayNode b : bagian) {
            a.addAll(b);
        }
        return a;
    }

    private static ObjectNode peristiwa(int node, String nama, ObjectNode data) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "event");
        o.put("node", node);
        o.put("event", nama);
        o.set("data", data);
        return o;
    }

    private static ObjectNode sinkron(int node, String properti, String nilai) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "mSync");
        o.put("node", node);
        o.put("feature", PROPERTI);
        o.put("property", properti);
        o.put("value", nilai);
        return o;
    }
}
