// A throw-away TLS identity for loopback tests, made at run time with the
// OpenSSL 3 API: an EC P-256 key and a self-signed certificate (CA:TRUE, so it
// is its own trust anchor) for IP:127.0.0.1 and DNS:localhost, valid one day.
// Both are written as PEM into a fresh mkdtemp() directory that the
// destructor removes.
//
//     test_support::tls_certificates certs;
//     httplib::SSLServer svr(certs.cert_path().c_str(), certs.key_path().c_str());
//     options.connection.ca_file = certs.cert_path();
#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdlib.h>  // mkdtemp
#include <unistd.h>  // rmdir, unlink

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

namespace test_support {

class tls_certificates {
public:
    tls_certificates() {
        const char* base = std::getenv("TMPDIR");
        std::string templ = std::string(base && *base ? base : "/tmp") + "/mercadopago-tls-XXXXXX";
        if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed for " + templ);
        dir_ = templ;
        cert_path_ = dir_ + "/cert.pem";
        key_path_ = dir_ + "/key.pem";
        try {
            generate();
        } catch (...) {
            cleanup();
            throw;
        }
    }

    ~tls_certificates() { cleanup(); }

    tls_certificates(const tls_certificates&) = delete;
    tls_certificates& operator=(const tls_certificates&) = delete;

    const std::string& cert_path() const noexcept { return cert_path_; }
    const std::string& key_path() const noexcept { return key_path_; }
    const std::string& dir() const noexcept { return dir_; }

private:
    struct pkey_free {
        void operator()(EVP_PKEY* p) const noexcept { EVP_PKEY_free(p); }
    };
    struct x509_free {
        void operator()(X509* p) const noexcept { X509_free(p); }
    };
    struct ext_free {
        void operator()(X509_EXTENSION* p) const noexcept { X509_EXTENSION_free(p); }
    };
    struct bio_free {
        void operator()(BIO* p) const noexcept { BIO_free_all(p); }
    };

    static void check(bool ok, const char* what) {
        if (!ok) throw std::runtime_error(std::string("OpenSSL: ") + what + " failed");
    }

    void generate() {
        std::unique_ptr<EVP_PKEY, pkey_free> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        check(key != nullptr, "EC P-256 key generation");

        std::unique_ptr<X509, x509_free> cert(X509_new());
        check(cert != nullptr, "X509_new");
        check(X509_set_version(cert.get(), 2) == 1, "X509_set_version");  // v3

        unsigned char serial_bytes[16];
        check(RAND_bytes(serial_bytes, sizeof serial_bytes) == 1, "RAND_bytes");
        serial_bytes[0] &= 0x7F;  // positive
        BIGNUM* serial_bn = BN_bin2bn(serial_bytes, sizeof serial_bytes, nullptr);
        check(serial_bn != nullptr, "BN_bin2bn");
        const bool serial_ok = BN_to_ASN1_INTEGER(serial_bn, X509_get_serialNumber(cert.get())) != nullptr;
        BN_free(serial_bn);
        check(serial_ok, "serial number");

        check(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60) != nullptr, "notBefore");
        check(X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24L * 60 * 60) != nullptr, "notAfter");
        check(X509_set_pubkey(cert.get(), key.get()) == 1, "X509_set_pubkey");

        X509_NAME* name = X509_get_subject_name(cert.get());
        auto add_name = [&](const char* field, const char* value) {
            check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_ASC, reinterpret_cast<const unsigned char*>(value),
                                             -1, -1, 0) == 1,
                  "X509_NAME_add_entry_by_txt");
        };
        add_name("O", "mercadopago-cpp tests");
        add_name("CN", "127.0.0.1");
        check(X509_set_issuer_name(cert.get(), name) == 1, "X509_set_issuer_name");  // self-signed

        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
        auto add_ext = [&](int nid, const char* value) {
            std::unique_ptr<X509_EXTENSION, ext_free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
            check(ext != nullptr, "X509V3_EXT_conf_nid");
            check(X509_add_ext(cert.get(), ext.get(), -1) == 1, "X509_add_ext");
        };
        add_ext(NID_basic_constraints, "critical,CA:TRUE");
        add_ext(NID_key_usage, "critical,digitalSignature,keyCertSign");
        add_ext(NID_ext_key_usage, "serverAuth");
        add_ext(NID_subject_key_identifier, "hash");
        add_ext(NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");

        check(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "X509_sign");

        std::unique_ptr<BIO, bio_free> cert_out(BIO_new_file(cert_path_.c_str(), "w"));
        check(cert_out != nullptr, "open cert.pem");
        check(PEM_write_bio_X509(cert_out.get(), cert.get()) == 1, "PEM_write_bio_X509");
        std::unique_ptr<BIO, bio_free> key_out(BIO_new_file(key_path_.c_str(), "w"));
        check(key_out != nullptr, "open key.pem");
        check(PEM_write_bio_PrivateKey(key_out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1,
              "PEM_write_bio_PrivateKey");
    }

    void cleanup() noexcept {
        if (dir_.empty()) return;
        ::unlink(cert_path_.c_str());
        ::unlink(key_path_.c_str());
        ::rmdir(dir_.c_str());
        dir_.clear();
    }

    std::string dir_;
    std::string cert_path_;
    std::string key_path_;
};

}  // namespace test_support
