package id.pkd.portal.penyimpanan;

import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.PengaturanPkd;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3-compatible object store: one object per key, named {@code <awalan><tenant id>/<kunci>}, so a tenant's files
 * are one prefix and no key of one tenant names another's object. Not transactional: content is written before the
 * row that names it, so a rolled-back upload leaves at most an unnamed object, never a row without content.
 */
class PenyimpananS3 implements PenyimpananBerkas, AutoCloseable {

    static final Duration BATAS_PERIKSA = Duration.ofSeconds(3);

    private final S3Client s3;
    private final String bucket;
    private final String awalan;
    private final BatasBerkas batas;

    PenyimpananS3(PengaturanPkd.Penyimpanan.S3 pengaturan, BatasBerkas batas) {
        this.s3 = klien(pengaturan);
        this.bucket = pengaturan.bucket();
        this.awalan = pengaturan.awalan();
        this.batas = batas;
    }

    static S3Client klien(PengaturanPkd.Penyimpanan.S3 p) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(p.region()))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(p.kunciAkses(), p.kunciRahasia())))
                .forcePathStyle(p.gayaJalur())
                // Checksums only where the protocol demands them: MinIO-like servers of a few years ago refuse the
                // newer default (CRC32 trailers in aws-chunked bodies); the object's SHA-256 is checked on read.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!p.endpoint().isBlank()) {
            b.endpointOverride(URI.create(p.endpoint()));
        }
        return b.build();
    }

    private String objek(TenantId tenant, String kunci) {
        return awalan + tenant.value() + "/" + PenyimpananBerkas.periksaKunci(kunci);
    }

    @Override
    public void simpan(TenantId tenant, String kunci, byte[] isi) {
        batas.periksa(isi);
        s3.putObject(
                r -> r.bucket(bucket).key(objek(tenant, kunci)).metadata(Map.of("sha256", BatasBerkas.sha256(isi))),
                RequestBody.fromBytes(isi));
    }

    @Override
    public Optional<byte[]> baca(TenantId tenant, String kunci) {
        try {
            var objek = s3.getObjectAsBytes(r -> r.bucket(bucket).key(objek(tenant, kunci)));
            byte[] isi = objek.asByteArray();
            String sha256 = objek.response().metadata().get("sha256");
            if (sha256 != null && !sha256.equals(BatasBerkas.sha256(isi))) {
                throw new IllegalStateException("Isi objek " + objek(tenant, kunci) + " di bucket " + bucket
                        + " tidak cocok dengan SHA-256 yang dicatat saat disimpan");
            }
            return Optional.of(isi);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean ada(TenantId tenant, String kunci) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(objek(tenant, kunci)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void hapus(TenantId tenant, String kunci) {
        s3.deleteObject(r -> r.bucket(bucket).key(objek(tenant, kunci)));
    }

    /**
     * HeadBucket, bounded: the bucket exists and these credentials reach it. A load balancer asks every few seconds,
     * so a store that does not answer is reported within {@link #BATAS_PERIKSA}, not after the SDK's retries.
     */
    @Override
    public void periksaTerjangkau() {
        s3.headBucket(r -> r.bucket(bucket).overrideConfiguration(c -> c.apiCallTimeout(BATAS_PERIKSA)));
    }

    @Override
    public String nama() {
        return "s3 (bucket " + bucket + ")";
    }

    @Override
    public void close() {
        s3.close();
    }
}
