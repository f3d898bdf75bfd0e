package id.pkd.portal.tampilan;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The UI's one language as Vaadin's translation provider: the texts are Bahasa Indonesia in the code, so a key is
 * its own text. Without a provider bean Vaadin looked for one on every page load and every new session (a failed
 * bean lookup with its exception, then a class-path search for translation files), about 1.5 % of the request
 * threads' CPU under the Gatling load (issue 16); with it, the session's locale is Indonesian whatever the browser
 * asks, as the UI's already was ({@link BahasaIndonesia}).
 */
@Component
class SatuBahasa implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(BahasaIndonesia.INDONESIA);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return key;
    }
}
