package id.pkd.plugin.api;

/**
 * The version of this API. The portal loads a plugin only when the plugin's {@code Plugin-Requires}
 * manifest entry accepts this version (for example {@code >=1.0.0 & <2.0.0}).
 */
public final class PluginApi {

    public static final String VERSI = "1.3.0";

    private PluginApi() {}
}
