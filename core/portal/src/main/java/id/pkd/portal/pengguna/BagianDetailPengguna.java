package id.pkd.portal.pengguna;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to a user's page ({@link PenggunaDetailView}), such as the reset of the second
 * factor. The feature depends on users, not the other way round, so it contributes its section as a bean.
 */
public interface BagianDetailPengguna {

    /** The section for this user of the current tenant; built anew for each visit of the page. */
    Component buat(Pengguna pengguna);
}
