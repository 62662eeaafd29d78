//go:build cgo

package store

/*
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// The parts of sqlite3.h this file needs. They are SQLite's stable ABI
// (the VFS and I/O method tables); the functions are those of the SQLite
// that mattn/go-sqlite3 compiles into the binary.
typedef long long bm_i64;
typedef struct bm_file bm_file;
typedef struct bm_io bm_io;
typedef struct bm_vfs bm_vfs;
struct bm_file { const bm_io *pMethods; };
struct bm_io {
	int iVersion;
	int (*xClose)(bm_file *);
	int (*xRead)(bm_file *, void *, int, bm_i64);
	int (*xWrite)(bm_file *, const void *, int, bm_i64);
	int (*xTruncate)(bm_file *, bm_i64);
	int (*xSync)(bm_file *, int);
	int (*xFileSize)(bm_file *, bm_i64 *);
	int (*xLock)(bm_file *, int);
	int (*xUnlock)(bm_file *, int);
	int (*xCheckReservedLock)(bm_file *, int *);
	int (*xFileControl)(bm_file *, int, void *);
	int (*xSectorSize)(bm_file *);
	int (*xDeviceCharacteristics)(bm_file *);
	int (*xShmMap)(bm_file *, int, int, int, void volatile **);
	int (*xShmLock)(bm_file *, int, int, int);
	void (*xShmBarrier)(bm_file *);
	int (*xShmUnmap)(bm_file *, int);
	int (*xFetch)(bm_file *, bm_i64, int, void **);
	int (*xUnfetch)(bm_file *, bm_i64, void *);
};
struct bm_vfs {
	int iVersion;
	int szOsFile;
	int mxPathname;
	bm_vfs *pNext;
	const char *zName;
	void *pAppData;
	int (*xOpen)(bm_vfs *, const char *, bm_file *, int, int *);
	void *rest[15]; // xDelete ... xNextSystemCall (version 3): copied as they are
};
extern bm_vfs *sqlite3_vfs_find(const char *);
extern int sqlite3_vfs_register(bm_vfs *, int);

#define BM_OK 0
#define BM_NOMEM 7
#define BM_OPEN_WAL 0x00080000
#define BM_SYNC_FULL 0x03

// A WAL file opened through the bmail-walbuf VFS: the real file follows
// this header in the same allocation (szOsFile is the sum).
typedef struct bm_wal {
	bm_file base;
	bm_file *real;
	unsigned char *buf; // pending bytes, to be written at off
	int n, cap;
	bm_i64 off;
	bm_i64 end;   // end of what was written since the WAL last restarted (a write at 0)
	char *name;   // the WAL's path, for bm_wal_end
	struct bm_wal *next;
} bm_wal;

// The open WAL files, so that the store can ask how long its WAL is.
static pthread_mutex_t bm_wals_mu = PTHREAD_MUTEX_INITIALIZER;
static bm_wal *bm_wals;

static bm_vfs bm_walbuf_vfs;
static bm_vfs *bm_real_vfs;
static bm_io bm_wal_io;
static volatile unsigned long long bm_writes, bm_syncs, bm_deferred;

// The unix VFS writes at most 128 KiB in one call (it masks larger
// lengths): the buffer stays below that.
#define BM_CAP (120 << 10)

static int bm_flush(bm_wal *w) {
	if (w->n == 0) return BM_OK;
	int rc = w->real->pMethods->xWrite(w->real, w->buf, w->n, w->off);
	__atomic_add_fetch(&bm_writes, 1, __ATOMIC_RELAXED);
	w->off += w->n;
	w->n = 0;
	return rc;
}

static int bm_close(bm_file *f) {
	bm_wal *w = (bm_wal *)f;
	int rc = bm_flush(w);
	int rc2 = w->real->pMethods->xClose(w->real);
	pthread_mutex_lock(&bm_wals_mu);
	for (bm_wal **p = &bm_wals; *p; p = &(*p)->next) {
		if (*p == w) {
			*p = w->next;
			break;
		}
	}
	pthread_mutex_unlock(&bm_wals_mu);
	free(w->buf);
	free(w->name);
	w->buf = NULL;
	w->name = NULL;
	return rc != BM_OK ? rc : rc2;
}

// bm_wal_end returns how far the WAL at path was written since it last
// restarted, or -1 if no WAL at that path is open through this VFS.
static bm_i64 bm_wal_end(const char *path) {
	bm_i64 end = -1;
	pthread_mutex_lock(&bm_wals_mu);
	for (bm_wal *w = bm_wals; w; w = w->next) {
		bm_i64 e = __atomic_load_n(&w->end, __ATOMIC_RELAXED);
		if (w->name && strcmp(w->name, path) == 0 && e > end) end = e;
	}
	pthread_mutex_unlock(&bm_wals_mu);
	return end;
}

static int bm_read(bm_file *f, void *p, int n, bm_i64 off) {
	bm_wal *w = (bm_wal *)f;
	int rc = bm_flush(w);
	if (rc != BM_OK) return rc;
	return w->real->pMethods->xRead(w->real, p, n, off);
}

// bm_write appends to the pending run when the write continues it, and
// otherwise writes the run out first. A write larger than the buffer goes
// straight through.
static int bm_write(bm_file *f, const void *p, int n, bm_i64 off) {
	bm_wal *w = (bm_wal *)f;
	int rc;
	if (off == 0) __atomic_store_n(&w->end, 0, __ATOMIC_RELAXED); // the header: the WAL restarts
	if (off + n > w->end) __atomic_store_n(&w->end, off + n, __ATOMIC_RELAXED);
	if (w->n > 0 && (off != w->off + w->n || w->n + n > w->cap)) {
		if ((rc = bm_flush(w)) != BM_OK) return rc;
	}
	if (n > w->cap) {
		__atomic_add_fetch(&bm_writes, 1, __ATOMIC_RELAXED);
		return w->real->pMethods->xWrite(w->real, p, n, off);
	}
	if (w->buf == NULL) {
		if ((w->buf = malloc(w->cap)) == NULL) return BM_NOMEM;
	}
	if (w->n == 0) w->off = off;
	memcpy(w->buf + w->n, p, n);
	w->n += n;
	return BM_OK;
}

static int bm_truncate(bm_file *f, bm_i64 size) {
	bm_wal *w = (bm_wal *)f;
	int rc = bm_flush(w);
	if (rc != BM_OK) return rc;
	return w->real->pMethods->xTruncate(w->real, size);
}

// bm_sync writes the pending run out. SQLite asks for a sync of the WAL
// with SQLITE_SYNC_NORMAL at each commit (synchronous=FULL) and with
// SQLITE_SYNC_FULL for a checkpoint or a WAL header (checkpoint_fullfsync
// on): the first is left to the store's syncer, which syncs the WAL behind
// the writer and answers nothing before it did (sync.go); the second is a
// real sync, as SQLite needs it before it overwrites database pages.
static int bm_sync(bm_file *f, int flags) {
	bm_wal *w = (bm_wal *)f;
	int rc = bm_flush(w);
	if (rc != BM_OK) return rc;
	if ((flags & 0x0f) != BM_SYNC_FULL) {
		__atomic_add_fetch(&bm_deferred, 1, __ATOMIC_RELAXED);
		return BM_OK;
	}
	__atomic_add_fetch(&bm_syncs, 1, __ATOMIC_RELAXED);
	return w->real->pMethods->xSync(w->real, flags);
}

static int bm_size(bm_file *f, bm_i64 *size) {
	bm_wal *w = (bm_wal *)f;
	int rc = bm_flush(w);
	if (rc != BM_OK) return rc;
	return w->real->pMethods->xFileSize(w->real, size);
}

static int bm_lock(bm_file *f, int l) { bm_wal *w = (bm_wal *)f; return w->real->pMethods->xLock(w->real, l); }
static int bm_unlock(bm_file *f, int l) { bm_wal *w = (bm_wal *)f; return w->real->pMethods->xUnlock(w->real, l); }
static int bm_reserved(bm_file *f, int *r) { bm_wal *w = (bm_wal *)f; return w->real->pMethods->xCheckReservedLock(w->real, r); }

static int bm_fcntl(bm_file *f, int op, void *arg) {
	bm_wal *w = (bm_wal *)f;
	int rc = bm_flush(w);
	if (rc != BM_OK) return rc;
	return w->real->pMethods->xFileControl(w->real, op, arg);
}

static int bm_sector(bm_file *f) { bm_wal *w = (bm_wal *)f; return w->real->pMethods->xSectorSize(w->real); }
static int bm_devchar(bm_file *f) { bm_wal *w = (bm_wal *)f; return w->real->pMethods->xDeviceCharacteristics(w->real); }

// bm_open opens WAL files as bm_wal; every other file is the real VFS's
// own, opened in place (the allocation is larger than it needs).
static int bm_open(bm_vfs *vfs, const char *name, bm_file *f, int flags, int *out) {
	if (!(flags & BM_OPEN_WAL)) {
		return bm_real_vfs->xOpen(bm_real_vfs, name, f, flags, out);
	}
	bm_wal *w = (bm_wal *)f;
	memset(w, 0, sizeof *w);
	w->real = (bm_file *)(w + 1);
	w->cap = BM_CAP;
	int rc = bm_real_vfs->xOpen(bm_real_vfs, name, w->real, flags, out);
	if (rc != BM_OK) {
		if (w->real->pMethods) w->real->pMethods->xClose(w->real);
		w->base.pMethods = NULL;
		return rc;
	}
	w->base.pMethods = &bm_wal_io;
	w->name = strdup(name);
	pthread_mutex_lock(&bm_wals_mu);
	w->next = bm_wals;
	bm_wals = w;
	pthread_mutex_unlock(&bm_wals_mu);
	return BM_OK;
}

// bm_register registers the bmail-walbuf VFS over the default one. It
// returns 0 when there is no default VFS to wrap.
static int bm_register(void) {
	bm_real_vfs = sqlite3_vfs_find(NULL);
	if (bm_real_vfs == NULL) return 0;
	bm_walbuf_vfs = *bm_real_vfs;
	bm_walbuf_vfs.zName = "bmail-walbuf";
	bm_walbuf_vfs.pNext = NULL;
	bm_walbuf_vfs.szOsFile = (int)sizeof(bm_wal) + bm_real_vfs->szOsFile;
	bm_walbuf_vfs.xOpen = bm_open;
	bm_wal_io.iVersion = 1; // WAL files use no shared memory or mmap
	bm_wal_io.xClose = bm_close;
	bm_wal_io.xRead = bm_read;
	bm_wal_io.xWrite = bm_write;
	bm_wal_io.xTruncate = bm_truncate;
	bm_wal_io.xSync = bm_sync;
	bm_wal_io.xFileSize = bm_size;
	bm_wal_io.xLock = bm_lock;
	bm_wal_io.xUnlock = bm_unlock;
	bm_wal_io.xCheckReservedLock = bm_reserved;
	bm_wal_io.xFileControl = bm_fcntl;
	bm_wal_io.xSectorSize = bm_sector;
	bm_wal_io.xDeviceCharacteristics = bm_devchar;
	return sqlite3_vfs_register(&bm_walbuf_vfs, 0) == BM_OK;
}

static void bm_stats(unsigned long long *out) {
	out[0] = __atomic_load_n(&bm_writes, __ATOMIC_RELAXED);
	out[1] = __atomic_load_n(&bm_syncs, __ATOMIC_RELAXED);
	out[2] = __atomic_load_n(&bm_deferred, __ATOMIC_RELAXED);
}
*/
import "C"

import (
	"sync"
	"unsafe"
)

// The writer's connection opens the database through walbufVFS, a thin
// layer over SQLite's default VFS that changes two things, both on the WAL
// file only:
//
//   - Writes are gathered. SQLite writes each WAL frame as two writes (its
//     24-byte header, then the page), and a commit of 40 envelopes is about
//     100 frames: 200 system calls, 5–8 µs a frame here. The layer keeps
//     contiguous writes in a 1 MiB buffer and writes them out as one when
//     SQLite syncs, reads, truncates or asks the size, or when a write does
//     not continue the run: about 0.9 µs a frame (measured with pwrite on
//     the project's 2-core machine).
//   - A commit's sync is left to the store's syncer. The connection runs
//     with synchronous=FULL, so SQLite syncs the WAL at every commit, before
//     it publishes the commit in the WAL index: that is where the buffer is
//     written out, so other connections never find a committed frame
//     missing from the file, and a failed write fails the commit. The sync
//     itself is skipped (SQLITE_SYNC_NORMAL); the syncer syncs the WAL
//     behind the writer and answers nothing before (sync.go). Checkpoints
//     and WAL headers ask with SQLITE_SYNC_FULL (checkpoint_fullfsync=on)
//     and get a real sync, which SQLite needs before it overwrites the
//     database file.
//
// Every other file (the database itself, its shared memory) is the default
// VFS's own. Readers and the checkpointer use the default VFS.
const walbufVFS = "bmail-walbuf"

var (
	walbufOnce sync.Once
	walbufOK   bool
)

// registerWALBuf registers walbufVFS once; false if it could not be.
func registerWALBuf() bool {
	walbufOnce.Do(func() { walbufOK = C.bm_register() != 0 })
	return walbufOK
}

// walEnd is how many bytes of the WAL at path (as SQLite names it: the
// database's full path and "-wal") the writer wrote since the WAL last
// restarted; -1 if that WAL is not open through walbufVFS.
func walEnd(path string) int64 {
	cp := C.CString(path)
	defer C.free(unsafe.Pointer(cp))
	return int64(C.bm_wal_end(cp))
}

// walbufStats are process-wide counts of the layer's work: real writes to
// WAL files, real syncs, and commit syncs left to the store.
type walbufStats struct{ writes, syncs, deferred uint64 }

func readWALBufStats() walbufStats {
	var out [3]C.ulonglong
	C.bm_stats(&out[0])
	return walbufStats{uint64(out[0]), uint64(out[1]), uint64(out[2])}
}
