package envelope

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/klauspost/compress/zstd"
	"golang.org/x/crypto/chacha20poly1305"
)

// Codecs of the inner message inside the body (SPEC.md §4.5).
const (
	codecStored = 0 // the encoded inner message as is
	codecZstd   = 1 // one Zstandard frame (RFC 8878) with its content size

	// MaxCompressionRatio bounds decompression: a compressed inner message of
	// n bytes may decompress to at most MaxCompressionRatio·n bytes (and never
	// more than MaxMessageSize). Seal stores a message uncompressed rather
	// than exceed it, so honest mail always opens.
	MaxCompressionRatio = 64

	// payloadOverhead is what the padded plaintext adds to the (compressed)
	// inner message: codec, length, signature; plus the AEAD tag.
	payloadOverhead = 1 + 4 + ed25519.SignatureSize + chacha20poly1305.Overhead
)

// payload is the body plaintext: the possibly compressed inner message and
// its signature, zero-padded so that the body ciphertext fills a bucket.
type payload struct {
	Codec     uint8
	Data      []byte
	Signature [ed25519.SignatureSize]byte
	// Padding is the number of zero bytes at the end.
	Padding int
}

// parsePayload decodes a body plaintext. The padding must be all zeros.
func parsePayload(b []byte) (*payload, error) {
	r := newReader(b)
	p := &payload{Codec: r.u8()}
	p.Data = r.bytes(int(r.u32()))
	r.copy(p.Signature[:])
	if !r.ok {
		return nil, fmt.Errorf("%w: body plaintext truncated", ErrMalformed)
	}
	if p.Codec != codecStored && p.Codec != codecZstd {
		return nil, fmt.Errorf("%w: unknown codec %d", ErrMalformed, p.Codec)
	}
	if !allZero(r.b) {
		return nil, fmt.Errorf("%w: non-zero padding", ErrMalformed)
	}
	p.Padding = len(r.b)
	return p, nil
}

// allZero reports whether b holds only zero bytes, eight at a time.
func allZero(b []byte) bool {
	var acc uint64
	for ; len(b) >= 8; b = b[8:] {
		acc |= binary.LittleEndian.Uint64(b)
	}
	for _, c := range b {
		acc |= uint64(c)
	}
	return acc == 0
}

// marshal encodes the body plaintext.
func (p *payload) marshal() []byte {
	return p.appendTo(make([]byte, 0, 1+4+len(p.Data)+len(p.Signature)+p.Padding))
}

func (p *payload) appendTo(out []byte) []byte {
	out = append(out, p.Codec)
	out = binary.BigEndian.AppendUint32(out, uint32(len(p.Data)))
	out = append(out, p.Data...)
	out = append(out, p.Signature[:]...)
	n := len(out)
	out = slices.Grow(out, p.Padding)[:n+p.Padding]
	clear(out[n:])
	return out
}

// compress picks the codec for an encoded inner message: Zstandard when it
// makes the message smaller within MaxCompressionRatio, stored otherwise.
// The compressed data is appended to scratch[:0].
func compress(inner, scratch []byte) (codec uint8, data []byte) {
	e := zstdEncoders.get()
	z := e.EncodeAll(inner, scratch[:0])
	zstdEncoders.put(e)
	if len(z) < len(inner) && len(inner) <= MaxCompressionRatio*len(z) {
		return codecZstd, z
	}
	return codecStored, inner
}

// decompress returns the encoded inner message of a payload, bounded by
// MaxMessageSize and MaxCompressionRatio before any output is produced. It
// decodes into scratch when scratch is large enough.
func decompress(codec uint8, data, scratch []byte) ([]byte, error) {
	if codec == codecStored {
		if len(data) > MaxMessageSize {
			return nil, fmt.Errorf("%w: inner message of %d bytes, limit %d", ErrTooLarge, len(data), MaxMessageSize)
		}
		return data, nil
	}
	var h zstd.Header
	if err := h.Decode(data); err != nil {
		return nil, fmt.Errorf("%w: zstd frame header: %v", ErrMalformed, err)
	}
	if h.Skippable || h.DictionaryID != 0 || !h.HasFCS {
		return nil, fmt.Errorf("%w: zstd frame must be a plain frame with its content size", ErrMalformed)
	}
	limit := min(uint64(MaxMessageSize), uint64(MaxCompressionRatio)*uint64(len(data)))
	if h.FrameContentSize > limit {
		return nil, fmt.Errorf("%w: %d bytes from %d compressed, limit %d", ErrDecompressionBomb, h.FrameContentSize, len(data), limit)
	}
	// The decoder stops at the capacity of dst (WithDecodeAllCapLimit), so it
	// never writes more than the frame announced.
	n := int(h.FrameContentSize)
	dst := scratch[:0:min(cap(scratch), n)]
	if cap(dst) < n {
		dst = make([]byte, 0, n)
	}
	d := zstdDecoders.get()
	out, err := d.DecodeAll(data, dst)
	zstdDecoders.put(d)
	switch {
	case errors.Is(err, zstd.ErrDecoderSizeExceeded), errors.Is(err, zstd.ErrWindowSizeExceeded):
		return nil, fmt.Errorf("%w: %v", ErrDecompressionBomb, err)
	case err != nil:
		return nil, fmt.Errorf("%w: zstd: %v", ErrMalformed, err)
	case uint64(len(out)) != h.FrameContentSize:
		return nil, fmt.Errorf("%w: zstd frame content size mismatch", ErrMalformed)
	}
	return out, nil
}

// scratchPool holds body-sized buffers for Open: the decrypted body and the
// decompressed inner message live only until the message is decoded.
var scratchPool = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledScratch = 64 << 10

func getScratch(n int) *[]byte {
	p := scratchPool.Get().(*[]byte)
	if cap(*p) < n {
		*p = make([]byte, 0, n)
	}
	return p
}

func putScratch(p *[]byte) {
	if cap(*p) <= maxPooledScratch {
		scratchPool.Put(p)
	}
}

// The coders are kept on LIFO free lists, one coder each (concurrency 1):
// a seal or open gets back the coder the previous one on the same thread
// used, with its tables (the encoder's is 256 KiB) still in cache. zstd's
// own pool of one coder per core hands them out in turn, which measured
// 2–4 µs slower per seal on this project's 2-core machine.
var (
	zstdEncoders = coderStack[*zstd.Encoder]{new: newZstdEncoder}
	zstdDecoders = coderStack[*zstd.Decoder]{new: newZstdDecoder, drop: (*zstd.Decoder).Close}
)

// maxFreeCoders bounds each free list; coders beyond it are dropped.
const maxFreeCoders = 8

// coderStack is a bounded LIFO free list.
type coderStack[T any] struct {
	mu   sync.Mutex
	free []T
	new  func() T
	drop func(T) // releases a coder the list does not keep; may be nil
}

func (s *coderStack[T]) get() T {
	s.mu.Lock()
	if n := len(s.free); n > 0 {
		c := s.free[n-1]
		s.free = s.free[:n-1]
		s.mu.Unlock()
		return c
	}
	s.mu.Unlock()
	return s.new()
}

func (s *coderStack[T]) put(c T) {
	s.mu.Lock()
	kept := len(s.free) < maxFreeCoders
	if kept {
		s.free = append(s.free, c)
	}
	s.mu.Unlock()
	if !kept && s.drop != nil {
		s.drop(c)
	}
}

func newZstdEncoder() *zstd.Encoder {
	e, err := zstd.NewWriter(nil,
		zstd.WithEncoderLevel(zstd.SpeedFastest),
		zstd.WithEncoderCRC(false),   // the body AEAD authenticates
		zstd.WithSingleSegment(true), // always write the content size
		zstd.WithEncoderConcurrency(1),
	)
	if err != nil {
		panic(err) // static options
	}
	return e
}

func newZstdDecoder() *zstd.Decoder {
	d, err := zstd.NewReader(nil,
		zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderMaxMemory(MaxMessageSize),
		zstd.WithDecoderMaxWindow(MaxBucket),
		zstd.WithDecodeAllCapLimit(true),
		zstd.IgnoreChecksum(true),
	)
	if err != nil {
		panic(err) // static options
	}
	return d
}
