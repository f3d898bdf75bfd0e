package id.pkd.portal.plugin;

import java.util.List;

/** The RKPD chapter parts the current tenant's enabled plugins declare for an urusan, in declaration order. */
public interface SumberBagianRkpd {

    /**
     * @param tahun the chapter's year: tables reach at most this year
     * @return every declared part of the urusan's enabled plugins, empty parts included (see {@link
     *     BagianRkpdUrusan#kosong()})
     */
    List<BagianRkpdUrusan> bagianRkpd(String kodeUrusan, int tahun);
}
