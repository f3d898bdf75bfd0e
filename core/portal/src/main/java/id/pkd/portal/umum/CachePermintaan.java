package id.pkd.portal.umum;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values read once per request: tenant-wide data one screen or API call asks for again and again
 * (the enabled plugins, a plugin form's rows) is read the first time and kept until the request
 * ends, or, on a thread serving no request, until the transaction ends (outside both, every call
 * reads). Nothing outlives the request, so no other request or node sees a stale value; a write
 * in the same request drops what was kept ({@link #lupakan()}).
 */
public final class CachePermintaan {

    private final String nama;

    /** @param nama what is kept, to tell the caches of one request apart */
    public CachePermintaan(String nama) {
        this.nama = nama;
    }

    /** The value under {@code kunci} in this request, read by {@code muat} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T ambil(Object kunci, Supplier<T> muat) {
        Map<Object, Object> peta = peta();
        if (peta == null) {
            return muat.get();
        }
        Object ada = peta.get(kunci);
        if (ada == null) {
            ada = muat.get();
            peta.put(kunci, ada);
        }
        return (T) ada;
    }

    /** Drops what this request kept: after a write, the next read sees it. */
    public void lupakan() {
        Map<Object, Object> peta = peta();
        if (peta != null) {
            peta.clear();
        }
    }

    private Map<Object, Object> peta() {
        RequestAttributes permintaan = RequestContextHolder.getRequestAttributes();
        if (permintaan != null) {
            return petaPermintaan(permintaan);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            return petaTransaksi();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> petaPermintaan(RequestAttributes permintaan) {
        String atribut = CachePermintaan.class.getName() + "#" + System.identityHashCode(this) + "#" + nama;
        Map<Object, Object> peta =
                (Map<Object, Object>) permintaan.getAttribute(atribut, RequestAttributes.SCOPE_REQUEST);
        if (peta == null) {
            peta = new HashMap<>();
            permintaan.setAttribute(atribut, peta, RequestAttributes.SCOPE_REQUEST);
        }
        return peta;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> petaTransaksi() {
        Map<Object, Object> peta = (Map<Object, Object>) TransactionSynchronizationManager.getResource(this);
        if (peta == null) {
            peta = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, peta);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CachePermintaan.this);
                }
            });
        }
        return peta;
    }

    @Override
    public String toString() {
        return "CachePermintaan[" + nama + "]";
    }
}
