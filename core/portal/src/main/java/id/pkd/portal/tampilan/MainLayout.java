package id.pkd.portal.tampilan;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;

/**
 * The frame around every signed-in page. The menu is built from the views' {@code @Menu}
 * annotations, filtered by what the signed-in role may open ({@link MenuPerPeran}), so the layout knows no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final LoncengNotifikasi lonceng;

    MainLayout(AuthenticationContext auth, KotakNotifikasi notifikasi, MenuPerPeran menuPerPeran) {
        // Only a region's user has notifications; the portal operator and the sign-in page have no bell.
        lonceng = auth.getAuthenticatedUser(AkunPengguna.class)
                .filter(a -> a.tenantId().isPresent())
                .map(a -> new LoncengNotifikasi(notifikasi))
                .orElse(null);
        Span judul = new Span("Portal Kinerja Daerah");
        judul.addClassName("judul-portal");
        HorizontalLayout atas = new HorizontalLayout(new DrawerToggle(), judul);
        atas.setWidthFull();
        atas.setAlignItems(FlexComponent.Alignment.CENTER);
        auth.getAuthenticatedUser(AkunPengguna.class)
                .ifPresentOrElse(
                        akun -> {
                            Span siapa = new Span(
                                    akun.namaLengkap() + " · " + akun.peran().label());
                            siapa.addClassName("akun-masuk");
                            Button keluar = new Button("Keluar", e -> auth.logout());
                            keluar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            HorizontalLayout kanan = new HorizontalLayout(siapa, keluar);
                            if (lonceng != null) {
                                kanan.addComponentAsFirst(lonceng);
                            }
                            kanan.setAlignItems(FlexComponent.Alignment.CENTER);
                            atas.addToEnd(kanan);
                        },
                        () -> atas.addToEnd(new Anchor("login", "Masuk")));
        addToNavbar(atas);

        SideNav menu = new SideNav();
        menuPerPeran.entri(auth).forEach(entri -> menu.addItem(new SideNavItem(entri.title(), entri.path())));
        addToDrawer(menu);
    }

    /** The unread count follows the user from page to page: one count query per navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (lonceng != null) {
            lonceng.segarkan();
        }
    }
}
