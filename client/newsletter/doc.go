// Package newsletter is b-mail's newsletters (SPEC.md §10): lists a
// publisher signs, opt-in subscriptions, issues sealed once under a key
// from an epoch's hash chain, rotations that shut out subscribers who
// left, and paid broadcast to cold audiences on the newsletter network.
//
// A list is identified by its list key (a BIP-340 key the publisher's store
// keeps); the list key signs every list event, and relays accept a list
// event only from it. Subscribing sends a signed request envelope to the
// list key; the publisher answers with a welcome envelope, wrapped to the
// subscriber's X-Wing key, that carries a subscriber key K and the chain
// value for the next issue. An issue is one envelope of recipient type 2
// (client/envelope), so its cost does not depend on the audience. Removals
// take effect at the next issue: one fresh random epoch, its first chain
// value wrapped under each remaining subscriber's K (symmetric only:
// 48 bytes and about a microsecond per subscriber), published as slices
// that each subscriber fetches by id.
//
// Invariants:
//   - A reader holds chain values only from its join onward: chain_{i+1} =
//     HKDF(chain_i, "next") is one-way, and epochs before its join were
//     never wrapped to its K.
//   - An epoch's chain_0 is wrapped to exactly the subscribers active when
//     the rotation was recorded; a subscriber who left gets random bytes.
//   - A reader accepts an issue only when the list key signed its event and
//     the publisher's certified mail-signing key signed its body over
//     (list, epoch, index, nonce); each (epoch, index) is accepted once.
//   - Every event and every roster change is recorded in the store before
//     it is posted; a rotation's chain_0 is recorded before any wrap leaves,
//     so a retry posts the same bytes and never re-keys an epoch.
//   - A subscription is not a contact: control envelopes travel to the list
//     key and to per-subscription reader keys, never to the personal inbox,
//     and nothing here touches contacts or grants.
//   - Relays hold no roster: a rotation shows only how many slots it has.
package newsletter
