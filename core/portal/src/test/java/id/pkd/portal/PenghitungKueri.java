package id.pkd.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The query-count guard's meter: the shared test context's DataSource wrapped by datasource-proxy,
 * every statement sent to MariaDB noted with the thread that sent it while a {@link Rekaman} is
 * open. Counting by thread keeps the portal's background work (schedulers, the issuance queue) out
 * of a path's figure; a request over HTTP runs on a server thread ({@link #SERVER}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PenghitungKueri {

    /** The embedded Tomcat's request threads. */
    public static final Predicate<String> SERVER = t -> t.startsWith("http-nio-");

    private static final List<Rekaman> TERBUKA = new CopyOnWriteArrayList<>();

    /** One statement as sent: its thread and its SQL (the first of a batch). */
    public record Kueri(String utas, String sql) {}

    /** The statements sent between {@link #mulai()} and {@link #close()}. */
    public static final class Rekaman implements AutoCloseable {
        private final List<Kueri> kueri = Collections.synchronizedList(new ArrayList<>());

        private Rekaman() {}

        @Override
        public void close() {
            TERBUKA.remove(this);
        }

        /** The statements sent by the threads {@code utas} accepts. */
        public List<Kueri> dari(Predicate<String> utas) {
            synchronized (kueri) {
                return kueri.stream().filter(k -> utas.test(k.utas())).toList();
            }
        }

        /** The statements sent by the calling thread. */
        public List<Kueri> utasIni() {
            String nama = Thread.currentThread().getName();
            return dari(nama::equals);
        }

        /** How many times each statement ran, most frequent first: what a failing guard prints. */
        public static String ringkasan(List<Kueri> kueri) {
            Map<String, Long> per = kueri.stream()
                    .collect(Collectors.groupingBy(
                            k -> k.sql().replaceAll("\\s+", " ").strip(), LinkedHashMap::new, Collectors.counting()));
            StringBuilder sb = new StringBuilder(kueri.size() + " statement(s):");
            per.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(25)
                    .forEach(e -> sb.append("\n  ")
                            .append(e.getValue())
                            .append(" × ")
                            .append(e.getKey().length() > 160 ? e.getKey().substring(0, 160) + "…" : e.getKey()));
            return sb.toString();
        }
    }

    /** Starts noting statements; close the recording when the measured path is done. */
    public static Rekaman mulai() {
        Rekaman r = new Rekaman();
        TERBUKA.add(r);
        return r;
    }

    @org.springframework.context.annotation.Bean
    static BeanPostProcessor penghitungKueriDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds)
                            .name("penghitung-kueri")
                            .listener(new Pendengar())
                            .build();
                }
                return bean;
            }
        };
    }

    private static final class Pendengar implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            if (TERBUKA.isEmpty()) {
                return;
            }
            Kueri k = new Kueri(
                    Thread.currentThread().getName(),
                    queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery());
            TERBUKA.forEach(r -> r.kueri.add(k));
        }
    }
}
