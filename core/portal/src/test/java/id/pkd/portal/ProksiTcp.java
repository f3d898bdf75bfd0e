package id.pkd.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the portal and its database that a test can cut and mend, so a database outage is a real one
 * (connections reset, new ones refused) without stopping the MariaDB server other tests share.
 */
public final class ProksiTcp implements AutoCloseable {

    private final int portTujuan;
    private final int port;
    private final List<Socket> terbuka = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public ProksiTcp(int portTujuan) throws IOException {
        this.portTujuan = portTujuan;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = server.getLocalPort();
        terima(server);
    }

    public int port() {
        return port;
    }

    /** Resets every open connection and refuses new ones: the database is gone, as far as the portal can tell. */
    public synchronized void putus() throws IOException {
        server.close();
        for (Socket s : terbuka) {
            s.close();
        }
        terbuka.clear();
    }

    /**
     * Resets every open connection but keeps accepting new ones: HAProxy closing the sessions of a writer it marked
     * down while a backup takes the next connections.
     */
    public synchronized void putusSambunganTerbuka() throws IOException {
        for (Socket s : terbuka) {
            s.close();
        }
        terbuka.clear();
    }

    /** The database is back on the same address. */
    public synchronized void sambung() throws IOException {
        ServerSocket baru = new ServerSocket();
        baru.setReuseAddress(true);
        baru.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = baru;
        terima(baru);
    }

    private void terima(ServerSocket ss) {
        mulai("proksi-terima", () -> {
            while (!ss.isClosed()) {
                try {
                    Socket klien = ss.accept();
                    Socket tujuan = new Socket(InetAddress.getLoopbackAddress(), portTujuan);
                    terbuka.add(klien);
                    terbuka.add(tujuan);
                    salin(klien, tujuan);
                    salin(tujuan, klien);
                } catch (IOException selesai) {
                    return;
                }
            }
        });
    }

    private static void salin(Socket dari, Socket ke) {
        mulai("proksi-salin", () -> {
            try (InputStream masuk = dari.getInputStream();
                    OutputStream keluar = ke.getOutputStream()) {
                masuk.transferTo(keluar);
            } catch (IOException putus) {
                // one side went away: close both so the other side sees the reset too
            } finally {
                try {
                    dari.close();
                    ke.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
    }

    private static void mulai(String nama, Runnable kerja) {
        Thread t = new Thread(kerja, nama);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        putus();
    }
}
