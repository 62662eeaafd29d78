//go:build cgo

package wire

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>

// Prototypes of the libsecp256k1 (>= 0.2) functions the fast path uses.
// The library is opened at run time, so neither its headers nor the library
// are needed to build: without it the pure-Go backend is used.
typedef struct { unsigned char data[64]; } bm_xonly;
typedef struct { unsigned char data[96]; } bm_keypair;
typedef void *(*ctx_create_fn)(unsigned int);
typedef int (*xonly_parse_fn)(const void *, bm_xonly *, const unsigned char *);
typedef int (*xonly_ser_fn)(const void *, unsigned char *, const bm_xonly *);
typedef int (*verify_fn)(const void *, const unsigned char *, const unsigned char *, size_t, const bm_xonly *);
typedef int (*keypair_create_fn)(const void *, bm_keypair *, const unsigned char *);
typedef int (*keypair_xonly_fn)(const void *, bm_xonly *, int *, const bm_keypair *);
typedef int (*sign32_fn)(const void *, unsigned char *, const unsigned char *, const bm_keypair *, const unsigned char *);

static void *bm_ctx;
static xonly_parse_fn bm_xonly_parse;
static xonly_ser_fn bm_xonly_ser;
static verify_fn bm_verify;
static keypair_create_fn bm_keypair_create;
static keypair_xonly_fn bm_keypair_xonly;
static sign32_fn bm_sign32;

// SECP256K1_CONTEXT_VERIFY | SECP256K1_CONTEXT_SIGN: accepted by every
// version, deprecated no-ops since 0.2.
#define BM_CTX_FLAGS ((1u << 0) | (1u << 8) | (1u << 9))

static int bm_load(const char *soname) {
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	if (!h) return 0;
	ctx_create_fn create = (ctx_create_fn)dlsym(h, "secp256k1_context_create");
	bm_xonly_parse = (xonly_parse_fn)dlsym(h, "secp256k1_xonly_pubkey_parse");
	bm_xonly_ser = (xonly_ser_fn)dlsym(h, "secp256k1_xonly_pubkey_serialize");
	bm_verify = (verify_fn)dlsym(h, "secp256k1_schnorrsig_verify");
	bm_keypair_create = (keypair_create_fn)dlsym(h, "secp256k1_keypair_create");
	bm_keypair_xonly = (keypair_xonly_fn)dlsym(h, "secp256k1_keypair_xonly_pub");
	// sign32 exists only where verify takes a message length (>= 0.2).
	bm_sign32 = (sign32_fn)dlsym(h, "secp256k1_schnorrsig_sign32");
	if (!create || !bm_xonly_parse || !bm_xonly_ser || !bm_verify ||
	    !bm_keypair_create || !bm_keypair_xonly || !bm_sign32) {
		dlclose(h);
		return 0;
	}
	bm_ctx = create(BM_CTX_FLAGS);
	return bm_ctx != NULL;
}

static int bm_schnorr_verify(const unsigned char *pub32, const unsigned char *msg32, const unsigned char *sig64) {
	bm_xonly pk;
	if (!bm_xonly_parse(bm_ctx, &pk, pub32)) return 0;
	return bm_verify(bm_ctx, sig64, msg32, 32, &pk);
}

static int bm_make_keypair(const unsigned char *sec32, bm_keypair *kp, unsigned char *pub32) {
	bm_xonly pk;
	if (!bm_keypair_create(bm_ctx, kp, sec32)) return 0;
	if (!bm_keypair_xonly(bm_ctx, &pk, NULL, kp)) return 0;
	return bm_xonly_ser(bm_ctx, pub32, &pk);
}

static int bm_sign(const bm_keypair *kp, const unsigned char *msg32, const unsigned char *aux32, unsigned char *sig64) {
	return bm_sign32(bm_ctx, sig64, msg32, kp, aux32);
}
*/
import "C"

import (
	"errors"
	"unsafe"
)

type libsecp struct{}

func loadLibsecp() backend {
	cs := C.CString(libsecpSoname)
	defer C.free(unsafe.Pointer(cs))
	if C.bm_load(cs) == 0 {
		return nil
	}
	return libsecp{}
}

func (libsecp) name() string { return "libsecp256k1" }

func (libsecp) verify(pub *[32]byte, msg *[32]byte, sig *[64]byte) bool {
	return C.bm_schnorr_verify(
		(*C.uchar)(unsafe.Pointer(&pub[0])),
		(*C.uchar)(unsafe.Pointer(&msg[0])),
		(*C.uchar)(unsafe.Pointer(&sig[0]))) == 1
}

type libsecpKey struct {
	kp C.bm_keypair
	pk [32]byte
}

func (libsecp) newKey(sec *[32]byte) (signingKey, error) {
	k := new(libsecpKey)
	if C.bm_make_keypair((*C.uchar)(unsafe.Pointer(&sec[0])), &k.kp, (*C.uchar)(unsafe.Pointer(&k.pk[0]))) != 1 {
		return nil, ErrBadSecretKey
	}
	return k, nil
}

func (k *libsecpKey) pub() [32]byte { return k.pk }

func (k *libsecpKey) sign(msg *[32]byte, aux *[32]byte) ([64]byte, error) {
	var sig [64]byte
	if C.bm_sign(&k.kp, (*C.uchar)(unsafe.Pointer(&msg[0])), (*C.uchar)(unsafe.Pointer(&aux[0])),
		(*C.uchar)(unsafe.Pointer(&sig[0]))) != 1 {
		return sig, errors.New("libsecp256k1 signing failed")
	}
	return sig, nil
}
